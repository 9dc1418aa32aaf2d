import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, startChildBot } from './support/child-bot.js';
import { eventually } from './support/receiver.js';
import { SandboxFixture } from './support/sandbox-api.js';

// There is no Docker engine here: the Dockerfile is kept honest by building and starting the bot with
// exactly what the tests and benchmarks run (npm ci, npm run build, the start:prod command).
const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');
const scripts = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }
).scripts;

describe('the Dockerfile', () => {
  it("builds with the project's own scripts in a Node 20 build stage, and runs as non-root on a data volume", () => {
    const stages = dockerfile.match(/^FROM .+$/gm) ?? [];
    expect(stages).toEqual(['FROM node:20-bookworm-slim AS build', 'FROM node:20-bookworm-slim']);
    expect(dockerfile).toMatch(/^RUN npm ci$/m);
    expect(dockerfile).toMatch(/^RUN npm run build && npm prune --omit=dev$/m);
    expect(scripts.build).toBe('tsc -p tsconfig.build.json');
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^VOLUME \["\/data"\]$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n\s+CMD .*\/healthz/m);
  });

  it('starts the bot with the same command as npm run start:prod', () => {
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(dockerfile)![1]!) as string[];
    expect(cmd.join(' ')).toBe(scripts['start:prod']);
  });

  it('copies what the compiled bot reads at run time: its build, the card templates and the sandbox page', () => {
    for (const path of ['/app/dist', '/app/cards', '/app/src/sandbox/ui', '/app/node_modules'])
      expect(dockerfile).toContain(`COPY --from=build ${path} `);
  });

  it('ships the PostgreSQL migration files where the compiled store looks for them', () => {
    expect(dockerfile).toMatch(/^COPY migrations \.\/migrations$/m);
    expect(dockerfile).toContain('COPY --from=build /app/migrations ./migrations');
    // dist/src/storage/postgres/migrate.js looks four folders up: /app/migrations.
    const migrate = readFileSync(new URL('../src/storage/postgres/migrate.ts', import.meta.url), 'utf8');
    expect(migrate).toContain("new URL('../../../../migrations/postgres/', import.meta.url)");
  });

  it('builds into a bot that starts, with the production command, and answers in the space', async () => {
    execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'ignore' });
    const fx = new SandboxFixture();
    await fx.start();
    const [, heapLimit] = scripts['start:prod']!.split(' ');
    const bot = await startChildBot(fx, {
      port: await freePort(),
      dataDir: mkdtempSync(join(tmpdir(), 'wxcc-built-')),
      compiled: true,
      nodeArgs: [heapLimit!],
    });
    try {
      const asked = await fx.call('alice', 'POST', '/messages', {
        roomId: fx.seed.adminSpaceId,
        markdown: `<@personId:${fx.seed.bot.id}|Bot> help`,
      });
      const reply = await eventually(async () => {
        const res = await fx.call(
          'alice',
          'GET',
          `/messages?roomId=${fx.seed.adminSpaceId}&parentId=${asked.body.id}&max=10`,
        );
        return (res.body.items as { personId: string; attachments?: unknown[] }[]).find(
          (m) => m.personId === fx.seed.bot.id,
        );
      });
      expect(JSON.stringify(reply.attachments)).toContain('I add and change Webex Contact Center users');
    } finally {
      bot.process.kill('SIGKILL');
      await fx.stop();
    }
  }, 120_000);
});
