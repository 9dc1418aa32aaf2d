import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, type WebexModeConfig } from '../src/config.js';
import { type Check, formatReport, runDoctor } from '../src/doctor/checks.js';
import { createLogger } from '../src/log.js';
import { openSqliteStorage } from '../src/storage/sqlite/open-storage.js';
import { SandboxFixture } from './support/sandbox-api.js';

/** The doctor against the sandbox configured as a real org: a good configuration, then broken ones. */
const fx = new SandboxFixture();
beforeAll(() => fx.start());
afterAll(() => fx.stop());
beforeEach(async () => {
  await fx.call(null, 'POST', '/sandbox/reset');
});

async function oauth(): Promise<{ clientId: string; clientSecret: string; refreshToken: string }> {
  return (await fx.call(null, 'GET', '/sandbox/oauth')).body;
}

async function env(overrides: Record<string, string | undefined> = {}): Promise<Record<string, string | undefined>> {
  const o = await oauth();
  return {
    WEBEX_BOT_TOKEN: fx.token('bot'),
    WEBEX_ADMIN_CLIENT_ID: o.clientId,
    WEBEX_ADMIN_CLIENT_SECRET: o.clientSecret,
    WEBEX_ADMIN_REFRESH_TOKEN: o.refreshToken,
    WEBEX_API_BASE_URL: `${fx.url}/v1`,
    WEBEX_CC_API_BASE_URL: `${fx.url}/cc`,
    ADMIN_ROOM_IDS: fx.seed.adminSpaceId,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'wxcc-doctor-')),
    // Typed as a Brazilian administrator would; the Contact Center's names have no accents.
    AGENT_DEFAULT_SITE: 'São Paulo',
    AGENT_DEFAULT_TEAMS: 'Vendas',
    AGENT_DEFAULT_DESKTOP_PROFILE: 'Padrao',
    ...overrides,
  };
}

async function doctor(
  variables: Record<string, string | undefined>,
): Promise<{ checks: Check[]; byName: Record<string, Check>; report: string }> {
  const checks = await runDoctor(loadConfig(variables) as WebexModeConfig, createLogger('silent'));
  return { checks, byName: Object.fromEntries(checks.map((c) => [c.name, c])), report: formatReport(checks) };
}

describe('doctor', () => {
  it('passes a good configuration and says what it found', async () => {
    const { checks, byName, report } = await doctor(await env());
    expect(checks.filter((c) => c.verdict !== 'ok')).toEqual([]);
    expect(byName['Bot token']!.detail).toBe('the bot Provisioning Bot (provisioning-bot@webex.bot)');
    expect(byName['Admin space']!.detail).toBe('"Contact Center Admins" is reachable by the bot');
    expect(byName['Admin credential']!.detail).toContain('(appuser)');
    expect(byName['Admin credential renewal']!.detail).toMatch(/access token valid until .*, renewed automatically/);
    expect(byName['Contact Center licenses']!.detail).toContain('Contact center Standard Agent');
    for (const scope of [
      'spark-admin:people_read',
      'spark-admin:people_write',
      'spark-admin:roles_read',
      'spark-admin:licenses_read',
      'cjp:config_write',
    ]) {
      expect(checks.some((c) => c.detail === `${scope} present`)).toBe(true);
    }
    expect(byName['Agent defaults']!.detail).toBe('every AGENT_DEFAULT_* name is in the Contact Center');
    expect(byName['Websocket mode']!.verdict).toBe('ok');
    expect(report).toContain('All checks passed: the bot can run with this configuration.');
    // Nothing changed in the organisation: the probes wrote to people that do not exist (the bulk
    // update answers 207 with its one item refused).
    const refusedItems = (body: unknown) =>
      ((body as { items?: { status?: number }[] })?.items ?? []).every((i) => (i.status ?? 0) >= 400);
    const writes = fx.sandbox.exchanges.filter(
      (e) =>
        e.method !== 'GET' &&
        e.path !== '/v1/access_token' &&
        e.status < 400 &&
        !(e.status === 207 && refusedItems(e.responseBody)),
    );
    expect(writes).toEqual([]);
  });

  it('says which token is wrong and which scopes are missing', async () => {
    // A person's token where the bot's belongs, and a Service App without three scopes.
    await fx.call(null, 'PUT', '/sandbox/oauth/scopes', {
      scopes: ['spark-admin:people_read', 'spark-admin:people_write', 'spark-admin:roles_read', 'cjp:config_read'],
    });
    const { byName, report } = await doctor(
      await env({ WEBEX_BOT_TOKEN: fx.token('alice'), AGENT_DEFAULT_TEAMS: 'Vendsa' }),
    );
    expect(byName['Bot token']).toMatchObject({
      verdict: 'fail',
      detail: expect.stringContaining('belongs to alice.admin@acme.example.com, a person, not a bot'),
    });
    expect(byName['Read licenses']).toMatchObject({
      verdict: 'fail',
      detail: 'missing spark-admin:licenses_read (Webex answered 403)',
    });
    expect(byName['Read licenses']!.fix).toContain('Add the scope spark-admin:licenses_read to the Service App');
    expect(byName['Change Contact Center users']).toMatchObject({
      verdict: 'fail',
      detail: 'missing cjp:config_write (Webex answered 403)',
    });
    expect(byName['Change administrator roles']).toMatchObject({
      verdict: 'fail',
      detail: 'missing identity:people_rw (Webex answered 403)',
    });
    expect(byName['Read people']!.verdict).toBe('ok');
    expect(byName['Agent defaults']).toMatchObject({
      verdict: 'fail',
      detail: '"Vendsa" (teams) is not in the Contact Center; closest: "Vendas"',
    });
    expect(report).toMatch(/5 checks failed: fix them and run the doctor again\./);
  });

  it('finds an admin space the bot is not in, a wrong Contact Center data center and a refused refresh token', async () => {
    const lobbyWithoutBot = 'Y2lzY29zcGFyazovL3VzL1JPT00vMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw';
    const broken = await doctor(
      await env({ ADMIN_ROOM_IDS: lobbyWithoutBot, WEBEX_CC_API_BASE_URL: `${fx.url}/nowhere` }),
    );
    expect(broken.byName['Admin space']).toMatchObject({
      verdict: 'fail',
      detail: expect.stringContaining(`cannot see the space ${lobbyWithoutBot}`),
    });
    expect(broken.byName['Admin space']!.fix).toContain('Add the bot to the space');
    expect(broken.byName['Contact Center API']).toMatchObject({ verdict: 'fail' });
    expect(broken.byName['Contact Center API']!.fix).toContain('data center');

    await fx.call(null, 'POST', '/sandbox/oauth/revoke');
    const refused = await doctor(await env({ WEBEX_ADMIN_REFRESH_TOKEN: 'a-refresh-token-that-was-revoked' }));
    expect(refused.byName['Admin credential renewal']).toMatchObject({
      verdict: 'fail',
      detail: expect.stringContaining('Webex refused the refresh token or client'),
    });
    expect(refused.byName['Admin credential']).toMatchObject({ verdict: 'fail' });
    expect(refused.report).not.toContain('a-refresh-token-that-was-revoked');
  });

  it('says when a running bot holds the data directory, instead of waiting for it', async () => {
    const variables = await env();
    const running = openSqliteStorage(variables.DATA_DIR!);
    try {
      const { byName } = await doctor(variables);
      expect(byName['Data directory']).toMatchObject({
        verdict: 'fail',
        detail: `the store in ${variables.DATA_DIR} is held by a running bot (only one process may open it)`,
      });
      expect(byName['Data directory']!.fix).toContain('Stop the bot while the doctor runs');
    } finally {
      await running.close();
    }
  });

  it('runs as a command whose exit code says whether the configuration works', async () => {
    const run = (variables: Record<string, string | undefined>) =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'src/doctor/cli.ts'], {
          env: { PATH: process.env.PATH, ...variables } as NodeJS.ProcessEnv,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        child.stdout.on('data', (d: Buffer) => (output += d.toString()));
        child.stderr.on('data', (d: Buffer) => (output += d.toString()));
        child.on('exit', (code) => resolve({ code, output }));
      });
    const good = await run(await env());
    expect(good.output).toContain('All checks passed');
    expect(good.code).toBe(0);
    const bad = await run(await env({ WEBEX_BOT_TOKEN: 'not-a-token' }));
    expect(bad.output).toContain('✘ Bot token: Webex does not accept WEBEX_BOT_TOKEN');
    expect(bad.output).toContain("Fix: Copy the bot's access token");
    expect(bad.code).toBe(1);
    const misconfigured = await run({ WEBEX_BOT_TOKEN: 'b' });
    expect(misconfigured.output).toContain('✘ Configuration');
    expect(misconfigured.code).toBe(1);
  }, 60_000);
});
