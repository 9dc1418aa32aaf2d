import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { eventually } from './receiver.js';
import type { SandboxFixture } from './sandbox-api.js';

/** The bot as a real process (`node --import tsx src/main.ts`), configured against a sandbox like a real org. */
export interface ChildBot {
  process: ChildProcess;
  output: string[];
  /** Peak resident memory of the process so far, in MB (Linux VmHWM). */
  peakRssMb(): number;
  /** Resident memory now, in MB (Linux VmRSS). */
  rssMb(): number;
}

function procStatusMb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024;
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the bot against a sandbox. `compiled` runs the build (`npm run build` first) the way a
 * deployment does, `node dist/src/main.js`, with `nodeArgs` (a heap limit, say) before it.
 */
export async function startChildBot(
  fx: SandboxFixture,
  options: { port: number; dataDir: string; env?: Record<string, string>; compiled?: boolean; nodeArgs?: string[] },
): Promise<ChildBot & { readyMs: number }> {
  const output: string[] = [];
  const started = Date.now();
  const entry = options.compiled ? ['dist/src/main.js'] : ['--import', 'tsx', 'src/main.ts'];
  const proc = spawn(process.execPath, [...(options.nodeArgs ?? []), ...entry], {
    cwd: process.cwd(),
    env: {
      PATH: process.env.PATH,
      WEBEX_BOT_TOKEN: fx.token('bot'),
      WEBEX_ADMIN_TOKEN: fx.token('serviceApp'),
      WEBEX_API_BASE_URL: `${fx.url}/v1`,
      WEBEX_CC_API_BASE_URL: `${fx.url}/cc`,
      WEBHOOK_PUBLIC_URL: `http://127.0.0.1:${options.port}/webhook`,
      WEBHOOK_SECRET: 'child-bot-secret-0123456789',
      ADMIN_ROOM_IDS: fx.seed.adminSpaceId,
      PORT: String(options.port),
      BIND_HOST: '127.0.0.1',
      DATA_DIR: options.dataDir,
      LOG_LEVEL: 'info',
      WEBEX_REQUESTS_PER_SECOND: '50',
      // The sandbox's "Synchronize Users" endpoint, and checks paced for tests.
      SYNC_ENDPOINT_URL: `${fx.url}/sandbox/contact-center/synchronize`,
      SYNC_POLL_SECONDS: '0.1',
      SYNC_POLL_MAX_SECONDS: '0.8',
      SYNC_DEADLINE_SECONDS: '4',
      SYNC_SUMMARY_WAIT_SECONDS: '15',
      SYNC_WATCH_INTERVAL_SECONDS: '1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout!.on('data', (d: Buffer) => output.push(d.toString()));
  proc.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
  await eventually(
    async () => {
      if (proc.exitCode !== null) throw new Error(`the bot exited: ${output.join('')}`);
      const res = await fetch(`http://127.0.0.1:${options.port}/readyz`).catch(() => undefined);
      return res?.status === 200;
    },
    { timeoutMs: 30_000, intervalMs: 20 },
  );
  return {
    readyMs: Date.now() - started,
    process: proc,
    output,
    peakRssMb: () => procStatusMb(proc.pid!, 'VmHWM'),
    rssMb: () => procStatusMb(proc.pid!, 'VmRSS'),
  };
}
