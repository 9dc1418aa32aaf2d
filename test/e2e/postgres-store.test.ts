import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness } from '../support/bot-harness.js';
import { postgresAvailable, TEST_DATABASE_URL } from '../support/services.js';
import { confirmBatch, isPreview, jobIdOf, previewBatch, summaryCounts } from '../support/users-flow.js';

/** The bot with DATABASE_URL: the same conversation, its jobs and handled events in its PostgreSQL schema. */
const available = await postgresAvailable();
const SCHEMA = `${process.env.TEST_SCHEMA_PREFIX || 'h20a'}_e2e${randomBytes(3).toString('hex')}`;
const h = new BotHarness();

beforeAll(async () => {
  if (available) await h.start({ config: { databaseUrl: TEST_DATABASE_URL, databaseSchema: SCHEMA } });
}, 60_000);
afterAll(async () => {
  if (!available) return;
  await h.stop();
  const client = new pg.Client(TEST_DATABASE_URL);
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
  await client.end();
});

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client(TEST_DATABASE_URL);
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe.skipIf(!available)('the bot on PostgreSQL', () => {
  it('adds a user after a preview, keeping the job and its audit in its schema', async () => {
    const { thread, answer: preview } = await previewBatch(h, 'alice', {
      entries: 'pia.pg@acme.example.com',
      role: 'standard',
    });
    expect(isPreview(preview)).toBe(true);
    const { summary } = await confirmBatch(h, 'alice', thread, preview);
    expect(summaryCounts(summary)).toEqual({ created: 1, updated: 0, unchanged: 0, failed: 0 });
    expect(h.personState('pia.pg@acme.example.com')).toMatchObject({ licenses: ['CJPSTD'] });

    const jobId = jobIdOf(preview);
    expect(await query(`SELECT state FROM "${SCHEMA}".jobs WHERE id = '${jobId}'`)).toEqual([{ state: 'done' }]);
    expect(await query(`SELECT email, outcome FROM "${SCHEMA}".audit WHERE job_id = '${jobId}'`)).toEqual([
      { email: 'pia.pg@acme.example.com', outcome: 'created' },
    ]);
    const [handled] = await query(`SELECT COUNT(*)::int AS n FROM "${SCHEMA}".handled_events`);
    expect(handled!.n).toBeGreaterThan(0);
  });
});
