import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, type WebexModeConfig } from '../src/config.js';
import { type Check, formatReport, runDoctor } from '../src/doctor/checks.js';
import { createLogger } from '../src/log.js';
import { encodeHydraId } from '../src/webex/hydra-id.js';
import { SandboxFixture } from './support/sandbox-api.js';

/**
 * The doctor with an organisations file against the sandbox: its Acme organisation twice, once with the
 * Service App's current refresh token and once, under another key, with one Webex refuses.
 */
const fx = new SandboxFixture();
beforeAll(() => fx.start());
afterAll(() => fx.stop());
beforeEach(async () => {
  await fx.call(null, 'POST', '/sandbox/reset');
});

const GOOD = 'Acme Contact Center';
const BROKEN = 'Acme, old authorisation';

async function env(orgId: string = fx.seed.organization.id): Promise<Record<string, string | undefined>> {
  const o: { clientId: string; clientSecret: string; refreshToken: string } = (
    await fx.call(null, 'GET', '/sandbox/oauth')
  ).body;
  const dir = mkdtempSync(join(tmpdir(), 'wxcc-doctor-orgs-'));
  const file = join(dir, 'orgs.yaml');
  writeFileSync(
    file,
    `
defaults:
  contactCenterApiUrl: ${fx.url}/cc
  agentDefaults:
    site: São Paulo
    teams: [Vendas]
    desktopProfile: Padrao
organizations:
  - key: acme
    name: ${GOOD}
    orgId: ${orgId}
    spaces: [${fx.seed.adminSpaceId}]
    credential:
      clientId: ${o.clientId}
      clientSecret: \${ACME_CLIENT_SECRET}
      refreshToken: \${ACME_REFRESH_TOKEN}
  - key: acme-old
    name: ${BROKEN}
    spaces: [${fx.seed.adminSpaceId}]
    credential:
      clientId: ${o.clientId}
      clientSecret: \${ACME_CLIENT_SECRET}
      refreshToken: a-refresh-token-webex-refuses
`,
  );
  return {
    WEBEX_BOT_TOKEN: fx.token('bot'),
    WEBEX_API_BASE_URL: `${fx.url}/v1`,
    DATA_DIR: join(dir, 'data'),
    ORGS_FILE: file,
    ACME_CLIENT_SECRET: o.clientSecret,
    ACME_REFRESH_TOKEN: o.refreshToken,
  };
}

async function doctor(variables: Record<string, string | undefined>) {
  const checks = await runDoctor(loadConfig(variables) as WebexModeConfig, createLogger('silent'));
  const of = (org: string | undefined) => checks.filter((c) => c.org?.name === org);
  const check = (org: string, name: string): Check | undefined => of(org).find((c) => c.name === name);
  return { checks, of, check, report: formatReport(checks) };
}

describe('doctor with several organizations', () => {
  it('checks each organization of the file and names the one that fails', async () => {
    const variables = await env();
    const { checks, of, check, report } = await doctor(variables);

    // The bot is the deployment's; everything else is an organisation's.
    expect(of(undefined).map((c) => c.name)).toEqual(['Bot token', 'Websocket mode']);
    expect(checks.every((c) => c.verdict !== 'fail' || c.org?.name === BROKEN)).toBe(true);

    expect(of(GOOD).filter((c) => c.verdict !== 'ok')).toEqual([]);
    expect(check(GOOD, 'Admin space')!.detail).toBe('"Contact Center Admins" is reachable by the bot');
    expect(check(GOOD, 'Admin credential')!.detail).toMatch(/\(appuser\) in organisation .*, the configured orgId$/);
    expect(check(GOOD, 'Agent defaults')!.detail).toBe('every agent default name is in the Contact Center');
    expect(check(GOOD, 'Contact Center API')!.detail).toBe(`${fx.url}/cc answers; cjp:config_read present`);
    expect(check(GOOD, 'Synchronisation')!.detail).toBe(
      'manual: after each change the bot asks the admins to press "Synchronize Users" in Control Hub',
    );
    // Its data (and the renewed credential) apart from the other organisation's.
    expect(check(GOOD, 'Data directory')!.detail).toBe(`${join(variables.DATA_DIR!, 'orgs', 'acme')} is writable`);
    expect(existsSync(join(variables.DATA_DIR!, 'orgs', 'acme-old'))).toBe(true);

    expect(check(BROKEN, 'Admin credential renewal')).toMatchObject({
      verdict: 'fail',
      detail: expect.stringContaining('Webex refused the refresh token or client'),
      fix: expect.stringContaining('Check organizations[1].credential.clientId and clientSecret in ORGS_FILE'),
    });
    expect(check(BROKEN, 'Admin credential')!.verdict).toBe('fail');

    expect(report).toContain(`✔ ${GOOD}: Admin credential renewal: access token valid until`);
    expect(report).toContain(`✘ ${BROKEN}: Admin credential renewal: Webex refused the refresh token or client`);
    expect(report).toMatch(/\n2 checks failed: fix them and run the doctor again\.\n/);
    expect(report).toContain(`Failing organization: ${BROKEN} (acme-old).`);
    expect(report).toContain(`Organization passing: ${GOOD} (acme).`);
    expect(report).not.toContain('a-refresh-token-webex-refuses');
    expect(report).not.toContain(variables.ACME_CLIENT_SECRET!);
  });

  it('fails an organization whose credential belongs to another organization than its orgId', async () => {
    const elsewhere = encodeHydraId('ORGANIZATION', '11111111-2222-3333-4444-555555555555');
    const { check, report } = await doctor(await env(elsewhere));
    expect(check(GOOD, 'Admin credential')).toMatchObject({
      verdict: 'fail',
      detail: `it belongs to organization ${fx.seed.organization.id}, not to the configured orgId ${elsewhere}`,
      fix: expect.stringContaining("Take the refresh token of this organization's own authorisation"),
    });
    // Nothing further is probed with a credential of the wrong organisation.
    expect(check(GOOD, 'Read people')).toBeUndefined();
    expect(report).toContain(`Failing organizations: ${GOOD} (acme), ${BROKEN} (acme-old).`);
  });

  it('runs as a command that exits 1 and names the failing organization', async () => {
    const variables = await env();
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/doctor/cli.ts'], {
        env: { PATH: process.env.PATH, ...variables } as NodeJS.ProcessEnv,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let text = '';
      child.stdout.on('data', (d: Buffer) => (text += d.toString()));
      child.stderr.on('data', (d: Buffer) => (text += d.toString()));
      child.on('exit', (exit) => resolve({ code: exit, output: text }));
    });
    expect(output).toContain(`for 2 organizations of the organizations file: ${GOOD}, ${BROKEN}...`);
    expect(output).toContain(`Failing organization: ${BROKEN} (acme-old).`);
    expect(code).toBe(1);
  }, 60_000);
});
