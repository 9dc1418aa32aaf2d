import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type WebexModeConfig } from '../src/config.js';
import { type Check, formatReport, runDoctor } from '../src/doctor/checks.js';
import { createLogger } from '../src/log.js';
import { loadMigrations } from '../src/storage/postgres/migrate.js';
import { SandboxFixture } from './support/sandbox-api.js';
import { postgresAvailable, TEST_DATABASE_URL } from './support/services.js';

/** The doctor of a deployment on PostgreSQL (DATABASE_URL), against the sandbox configured as a real org. */
const available = await postgresAvailable();
const SCHEMA = `${process.env.TEST_SCHEMA_PREFIX || 'h20a'}_doc${randomBytes(3).toString('hex')}`;
const fx = new SandboxFixture();

beforeAll(async () => {
  if (available) await fx.start();
});
afterAll(async () => {
  if (!available) return;
  await fx.stop();
  const client = new pg.Client(TEST_DATABASE_URL);
  await client.connect();
  for (const schema of [SCHEMA, `${SCHEMA}_org_acme`]) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
});

async function env(databaseUrl: string): Promise<Record<string, string | undefined>> {
  const o: { clientId: string; clientSecret: string; refreshToken: string } = (
    await fx.call(null, 'GET', '/sandbox/oauth')
  ).body;
  return {
    WEBEX_BOT_TOKEN: fx.token('bot'),
    WEBEX_ADMIN_CLIENT_ID: o.clientId,
    WEBEX_ADMIN_CLIENT_SECRET: o.clientSecret,
    WEBEX_ADMIN_REFRESH_TOKEN: o.refreshToken,
    WEBEX_API_BASE_URL: `${fx.url}/v1`,
    WEBEX_CC_API_BASE_URL: `${fx.url}/cc`,
    ADMIN_ROOM_IDS: fx.seed.adminSpaceId,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'wxcc-doctor-db-')),
    DATABASE_URL: databaseUrl,
    DATABASE_SCHEMA: SCHEMA,
    // Typed as a Brazilian administrator would; the Contact Center's names have no accents.
    AGENT_DEFAULT_SITE: 'São Paulo',
    AGENT_DEFAULT_TEAMS: 'Vendas',
    AGENT_DEFAULT_DESKTOP_PROFILE: 'Padrao',
  };
}

async function doctor(variables: Record<string, string | undefined>) {
  const checks = await runDoctor(loadConfig(variables) as WebexModeConfig, createLogger('silent'));
  const named = (name: string): Check[] => checks.filter((c) => c.name === name);
  return { checks, named, report: formatReport(checks) };
}

describe.skipIf(!available)('doctor with DATABASE_URL', () => {
  it('names the database, the migrations the schema gets, and that it is writable', async () => {
    const steps = loadMigrations();
    const first = await doctor(await env(TEST_DATABASE_URL));
    expect(first.checks.filter((c) => c.verdict !== 'ok')).toEqual([]);
    const [reachable] = first.named('Database');
    expect(reachable!.detail).toMatch(/^PostgreSQL 127\.0\.0\.1:5432\/test answers \(PostgreSQL \d+/);
    expect(first.named('Database schema')[0]!.detail).toBe(
      // Every migration file, by name (001-initial-schema, 002-sync-run-claims, ...).
      `${SCHEMA} does not exist yet: it is created with ${steps.map((m) => `${String(m.version).padStart(3, '0')}-${m.name}`).join(', ')} when opened`,
    );
    expect(first.named('Database')[1]!.detail).toBe(`schema ${SCHEMA} is writable`);
    expect(first.report).toContain('All checks passed');

    // The doctor opened the schema as the bot will: the next run finds it up to date.
    const again = await doctor(await env(TEST_DATABASE_URL));
    expect(again.named('Database schema')[0]!.detail).toBe(
      `${SCHEMA} is up to date (migration ${steps.at(-1)!.version})`,
    );
  });

  it('says it cannot reach a database that does not answer, and how to fix it', async () => {
    const unreachable = new URL(TEST_DATABASE_URL);
    unreachable.hostname = '127.0.0.1';
    unreachable.port = '1';
    const { checks, report } = await doctor(await env(unreachable.toString()));
    expect(checks.at(-1)).toMatchObject({
      name: 'Database',
      verdict: 'fail',
      detail: expect.stringMatching(/^cannot reach PostgreSQL 127\.0\.0\.1:1\/test: .*ECONNREFUSED/),
      fix: expect.stringContaining('Check DATABASE_URL'),
    });
    expect(report).toContain('cannot reach PostgreSQL');
  });

  it("checks each organization's own schema when the deployment serves several", async () => {
    const variables = await env(TEST_DATABASE_URL);
    const file = join(variables.DATA_DIR!, 'orgs.yaml');
    writeFileSync(
      file,
      `
organizations:
  - key: acme
    name: Acme
    spaces: [${fx.seed.adminSpaceId}]
    contactCenterApiUrl: ${fx.url}/cc
    credential:
      clientId: ${variables.WEBEX_ADMIN_CLIENT_ID}
      clientSecret: ${variables.WEBEX_ADMIN_CLIENT_SECRET}
      refreshToken: ${variables.WEBEX_ADMIN_REFRESH_TOKEN}
`,
    );
    const { WEBEX_ADMIN_CLIENT_ID, WEBEX_ADMIN_CLIENT_SECRET, WEBEX_ADMIN_REFRESH_TOKEN, ADMIN_ROOM_IDS, ...rest } =
      variables;
    const { checks } = await doctor({ ...rest, ORGS_FILE: file });
    expect(checks.filter((c) => c.name === 'Database schema').map((c) => c.detail.split(' ')[0])).toEqual([
      SCHEMA,
      `${SCHEMA}_org_acme`,
    ]);
    expect(checks.find((c) => c.name === 'Database' && c.org?.key === 'acme')).toMatchObject({
      verdict: 'ok',
      detail: `schema ${SCHEMA}_org_acme is writable`,
    });
  });
});
