import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness } from '../support/bot-harness.js';
import { PartnerHarness } from '../support/partner-harness.js';
import { postgresAvailable, TEST_DATABASE_URL } from '../support/services.js';
import { confirmBatch, isPreview, jobIdOf, previewBatch, summaryCounts } from '../support/users-flow.js';

/** The bot with DATABASE_URL: the same conversation, its jobs and handled events in its PostgreSQL schema. */
const available = await postgresAvailable();
const SCHEMA = `${process.env.TEST_SCHEMA_PREFIX || 'h20a'}_e2e${randomBytes(3).toString('hex')}`;
const PARTNER_SCHEMA = `${SCHEMA}p`;
const h = new BotHarness();

/** The partner's deployment (Acme and Globex) with its store in PostgreSQL. */
class PostgresPartner extends PartnerHarness {
  override async start(): Promise<this> {
    await this.fx.start();
    this.app = await this.startBot({
      config: { orgs: this.orgs(), adminRoomIds: [], databaseUrl: TEST_DATABASE_URL, databaseSchema: PARTNER_SCHEMA },
    });
    return this;
  }
}
const partner = new PostgresPartner();

beforeAll(async () => {
  if (!available) return;
  await h.start({ config: { databaseUrl: TEST_DATABASE_URL, databaseSchema: SCHEMA } });
  await partner.start();
}, 60_000);
afterAll(async () => {
  if (!available) return;
  await h.stop();
  await partner.stop();
  const client = new pg.Client(TEST_DATABASE_URL);
  await client.connect();
  // The stores' schemas and the job queue's (`<schema>_pgboss`).
  for (const base of [SCHEMA, PARTNER_SCHEMA])
    for (const schema of [base, `${base}_pgboss`, `${base}_org_acme`, `${base}_org_globex`])
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
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

  it("keeps each organization's jobs in its own schema when it serves several", async () => {
    const { thread, answer: preview } = await previewBatch(partner, 'alice', {
      entries: 'quim.pg@acme.example.com',
      role: 'standard',
    });
    const { summary } = await confirmBatch(partner, 'alice', thread, preview);
    expect(summaryCounts(summary)).toEqual({ created: 1, updated: 0, unchanged: 0, failed: 0 });
    const jobId = jobIdOf(preview);
    const jobsIn = async (schema: string) =>
      (await query(`SELECT id FROM "${schema}".jobs WHERE id = '${jobId}'`)).map((r) => r.id);
    expect(await jobsIn(`${PARTNER_SCHEMA}_org_acme`)).toEqual([jobId]);
    expect(await jobsIn(`${PARTNER_SCHEMA}_org_globex`)).toEqual([]);
    expect(await jobsIn(PARTNER_SCHEMA)).toEqual([]);
  });
});
