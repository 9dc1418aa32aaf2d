import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness } from '../support/bot-harness.js';
import { postgresAvailable, TEST_DATABASE_URL } from '../support/services.js';

/** Behind a load balancer, /healthz and /metrics say which replica answered. */
const available = await postgresAvailable();
const SCHEMA = `${process.env.TEST_SCHEMA_PREFIX || 'h20e'}_health${randomBytes(3).toString('hex')}`;
const replica = new BotHarness();
const embedded = new BotHarness();

beforeAll(async () => {
  await embedded.start();
  if (available)
    await replica.start({ config: { databaseUrl: TEST_DATABASE_URL, databaseSchema: SCHEMA, replicaId: 'bot-a' } });
}, 60_000);
afterAll(async () => {
  await embedded.stop();
  if (!available) return;
  await replica.stop();
  const client = new pg.Client(TEST_DATABASE_URL);
  await client.connect();
  for (const schema of [SCHEMA, `${SCHEMA}_pgboss`]) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
});

async function scrape(url: string): Promise<string[]> {
  return (await (await fetch(`${url}/metrics`)).text()).split('\n').filter((l) => l.startsWith('wxcc_bot_re'));
}

describe('which replica answers', () => {
  it('is this machine and process by default; readiness keeps its single series', async () => {
    const self = `${hostname()}-${process.pid}`;
    expect(await (await fetch(`${embedded.app.url}/healthz`)).json()).toEqual({ status: 'ok', replica: self });
    expect(await scrape(embedded.app.url)).toEqual(
      expect.arrayContaining(['wxcc_bot_ready 1', `wxcc_bot_replica_info{replica="${self}"} 1`]),
    );
  });

  it.skipIf(!available)('is REPLICA_ID with several replicas, and labels its readiness', async () => {
    expect(await (await fetch(`${replica.app.url}/healthz`)).json()).toEqual({ status: 'ok', replica: 'bot-a' });
    expect(await scrape(replica.app.url)).toEqual(
      expect.arrayContaining(['wxcc_bot_ready{replica="bot-a"} 1', 'wxcc_bot_replica_info{replica="bot-a"} 1']),
    );
  });
});
