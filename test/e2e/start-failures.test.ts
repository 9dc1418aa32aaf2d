import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/child-bot.js';

/** A start that cannot succeed ends the process non-zero with a sentence, never an idle exit 0. */
const held: Server[] = [];
afterAll(() => Promise.all(held.map((s) => new Promise((resolve) => s.close(resolve)))));

function run(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'error', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('a start that cannot succeed', () => {
  it("exits 1 and says so when the sandbox's port is taken", async () => {
    const port = await freePort();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    held.push(blocker);
    // The port is taken because a bot already runs there with this data folder: its data must survive.
    const dataDir = mkdtempSync(join(tmpdir(), 'wxcc-start-'));
    mkdirSync(join(dataDir, 'sandbox'));
    const running = join(dataDir, 'sandbox', 'bot.db');
    writeFileSync(running, 'the running bot');
    const { code, output } = await run({
      SANDBOX_PORT: String(port),
      PORT: String(await freePort()),
      DATA_DIR: dataDir,
    });
    expect(code).toBe(1);
    expect(output).toContain(`The bot could not start: listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    expect(existsSync(running)).toBe(true);
  });
});
