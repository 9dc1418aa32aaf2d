import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryBody } from '../../src/sandbox/deliveries.js';
import { BotHarness, HARNESS_AGENT_DEFAULTS, type PostedMessage } from '../support/bot-harness.js';
import { type ChildBot, freePort, startChildBot } from '../support/child-bot.js';
import { eventually } from '../support/receiver.js';
import { RoundRobinProxy } from '../support/round-robin-proxy.js';
import { postgresAvailable, redisAvailable, TEST_DATABASE_URL, TEST_REDIS_URL } from '../support/services.js';
import {
  cardOf,
  isModeCard,
  isPreview,
  isSummary,
  jobIdOf,
  previewBatch,
  summaryCounts,
} from '../support/users-flow.js';

/**
 * Two bot replicas as real processes on one PostgreSQL and one Redis, behind a round-robin load balancer
 * that the sandbox delivers its webhooks to: a 300-user import with faults, a double Confirm pressed on two
 * replicas, redelivered webhooks, and the replica running the import killed mid-job.
 */
const up = (await postgresAvailable()) && (await redisAvailable());
const RUN = randomBytes(3).toString('hex');
const SCHEMA = `h20d_${RUN}`;
const KEY_PREFIX = `h20d:${RUN}`;
const SECRET = 'replicas-secret-0123456789';
const USERS = 300;
/**
 * The sandbox's per-token limit. The replicas are configured two under it: at one under, a replica's event
 * loop late by a slot (~35 ms, two bots and the sandbox busy on one machine) now and then sent the 31st
 * request of a second (1 per-token 429 in 1 of 3 runs).
 */
const LIMIT = 30;

const h = new BotHarness();
const proxy = new RoundRobinProxy(() => replicas.map((r) => `http://127.0.0.1:${r.port}`));
const replicas: { port: number; bot: ChildBot }[] = [];
const dataDir = `/tmp/h20d/${RUN}`;
const emails = Array.from({ length: USERS }, (_, i) => `rep${String(i).padStart(3, '0')}@acme.example.com`);
/** Two batches added from the card (25 at most each) while the import runs: jobs beside it, on either replica. */
const cardBatches = [0, 1].map((b) => Array.from({ length: 25 }, (_, i) => `card${b}-${i}@acme.example.com`));
const cardEmails = cardBatches.flat();

async function startReplica(): Promise<{ port: number; bot: ChildBot }> {
  const port = await freePort();
  const bot = await startChildBot(h.fx, {
    port,
    // One volume for both, as uploads and result files are kept on disk (DATA_DIR), not in the database.
    dataDir,
    env: {
      DATABASE_URL: TEST_DATABASE_URL,
      DATABASE_SCHEMA: SCHEMA,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: KEY_PREFIX,
      REPLICAS: '2',
      WEBHOOK_PUBLIC_URL: `${proxy.url}/webhook`,
      WEBHOOK_SECRET: SECRET,
      WEBEX_REQUESTS_PER_SECOND: String(LIMIT - 2),
      // The Contact Center limit is not what this test is about: the sandbox's is off.
      CC_REQUESTS_PER_MINUTE: '100000',
      JOB_LEASE_SECONDS: '20',
      JOB_SLICE_SECONDS: '3',
      AGENT_DEFAULT_SITE: HARNESS_AGENT_DEFAULTS.site,
      AGENT_DEFAULT_TEAMS: HARNESS_AGENT_DEFAULTS.teams.join(';'),
      AGENT_DEFAULT_DESKTOP_PROFILE: HARNESS_AGENT_DEFAULTS.desktopProfile,
    },
  });
  return { port, bot };
}

beforeAll(async () => {
  if (!up) return;
  mkdirSync(dataDir, { recursive: true });
  await h.fx.start();
  await proxy.start();
  await h.fx.call(null, 'PUT', '/sandbox/licenses/CJPSTD', { totalUnits: USERS + cardEmails.length + 20 });
  // One after the other: the first creates the schemas and the webhooks, the second finds them.
  replicas.push(await startReplica());
  replicas.push(await startReplica());
}, 60_000);

afterAll(async () => {
  if (!up) return;
  for (const { bot } of replicas) {
    if (bot.process.exitCode !== null || bot.process.signalCode !== null) continue;
    const exited = new Promise((resolve) => bot.process.once('exit', resolve));
    bot.process.kill('SIGTERM');
    await exited;
  }
  await proxy.stop();
  await h.fx.stop();
  const client = new pg.Client(TEST_DATABASE_URL);
  await client.connect();
  const { rows } = await client.query<{ name: string }>(
    'SELECT schema_name AS name FROM information_schema.schemata WHERE schema_name LIKE $1',
    [`${SCHEMA}%`],
  );
  for (const { name } of rows) await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
  await client.end();
  const redis = new Redis(TEST_REDIS_URL);
  const keys = await redis.keys(`${KEY_PREFIX}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  rmSync(dataDir, { recursive: true, force: true });
}, 30_000);

/** The log lines of a replica (pino JSON), parsed. */
function logOf(bot: ChildBot): { msg?: string; jobId?: string; time?: number }[] {
  return bot.output
    .join('')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { msg?: string });
}

/** Posts a signed delivery of an event straight to one replica (not through the balancer), as Webex retries. */
async function redeliver(
  port: number,
  resource: 'messages' | 'attachmentActions',
  actor: { personId: string },
  data: Record<string, unknown>,
): Promise<number> {
  const hook = [...h.fx.sandbox.state.webhooks.values()].find((x) => x.resource === resource || x.resource === 'all')!;
  const body = JSON.stringify(
    deliveryBody(
      hook,
      { resource, event: 'created', actorId: actor.personId, data: { ...data, personId: actor.personId } },
      h.fx.seed.organization.id,
    ),
  );
  const res = await fetch(`http://127.0.0.1:${port}/webhook`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-spark-signature': createHmac('sha1', SECRET).update(body).digest('hex'),
    },
    body,
  });
  return res.status;
}

const created = () => emails.filter((e) => h.fx.sandbox.state.findPersonByEmail(e)).length;

describe.skipIf(!up)('two replicas on one PostgreSQL behind a load balancer', () => {
  let thread = '';
  let upload: PostedMessage;
  let confirmIds: string[] = [];
  const cardThreads: string[] = [];

  it('registers the webhooks once, to the balancer, and answers through either replica', async () => {
    const hooks = [...h.fx.sandbox.state.webhooks.values()];
    expect(hooks.every((x) => x.targetUrl === `${proxy.url}/webhook`)).toBe(true);
    expect(new Set(hooks.map((x) => `${x.resource}:${x.event}`)).size).toBe(hooks.length);
  });

  it('starts one import for a double Confirm pressed on both replicas and for redelivered webhooks', async () => {
    const csv = [
      'User ID/Email (Required),First Name,Last Name,Contact center Standard Agent,Contact Center Premium Agent,Contact Center Role',
      ...emails.map((e, i) => `${e},Rep,Number${i},TRUE,FALSE,Agent`),
    ].join('\r\n');
    upload = await h.upload('alice', 'replicas.csv', Buffer.from(csv, 'utf8'));
    thread = upload.id;
    const [modeCard] = await h.waitForReplies(thread, (r) => r.some(isModeCard), undefined, 30_000);
    const add = (cardOf(modeCard)!.actions as { data: Record<string, string> }[]).find((a) => a.data.mode === 'add')!;
    await h.submit('alice', modeCard!, add.data);
    const replies = await h.waitForReplies(thread, (r) => r.some(isPreview), undefined, 30_000);
    const preview = replies.find(isPreview)!;

    // Faults on before the job: throttled and failing people calls, and the per-token limit.
    h.fx.sandbox.setFaults({
      rateLimitPerSecond: LIMIT,
      ccRateLimitPerMinute: 0,
      throttleRate: 0.02,
      errorRate: 0.03,
      errorStatus: 500,
      retryAfterSeconds: 1,
      pathPattern: '^POST /v1/people$',
      randomSeed: 20,
    });
    // Two presses at once: the balancer hands one delivery to each replica.
    const served = proxy.served.length;
    const presses = await Promise.all(
      [0, 1].map(() =>
        h.fx.call<{ id: string }>('alice', 'POST', '/attachment/actions', {
          type: 'submit',
          messageId: preview.id,
          inputs: { action: 'job.confirm', jobId: jobIdOf(preview) },
        }),
      ),
    );
    confirmIds = presses.map((p) => p.body.id);
    await eventually(async () => (proxy.served.length >= served + 2 ? true : undefined));
    expect(new Set(proxy.served.slice(served))).toEqual(new Set([0, 1]));

    // Webex delivering again (to the replica that did not get it first, and to the one that did).
    const alice = { personId: upload.personId };
    for (const { port } of replicas) {
      expect(
        await redeliver(port, 'messages', alice, { id: upload.id, roomId: upload.roomId, roomType: 'group' }),
      ).toBe(200);
      for (const id of confirmIds)
        expect(await redeliver(port, 'attachmentActions', alice, { id, roomId: upload.roomId, type: 'submit' })).toBe(
          200,
        );
    }
    // Jobs beside the import, from the "add" card: the replicas now call Webex under one token together.
    const previews = [];
    for (const batch of cardBatches) {
      const card = await previewBatch(h, 'alice', { entries: batch.join('\n'), role: 'standard' });
      expect(isPreview(card.answer)).toBe(true);
      cardThreads.push(card.thread);
      previews.push(card.answer);
    }
    await Promise.all(previews.map((p) => h.submit('alice', p, { action: 'job.confirm', jobId: jobIdOf(p) })));
    await eventually(async () => (created() >= 60 ? true : undefined), { timeoutMs: 30_000, intervalMs: 50 });
    // One mode card and one preview for the upload, whoever got its deliveries.
    const now = await h.botReplies(thread);
    expect(now.filter(isModeCard)).toHaveLength(1);
    expect(now.filter(isPreview)).toHaveLength(1);
  }, 60_000);

  it('is finished by the other replica when the one running it is killed, each user created once', async () => {
    // The replica in the middle of a slice of the import: its last "working on" is after its last hand-on.
    const running = await eventually(
      async () =>
        replicas.findIndex(({ bot }) => {
          const msgs = logOf(bot).map((l) => l.msg);
          return msgs.lastIndexOf('working on an import') > msgs.lastIndexOf('import handed on');
        }) + 1 || undefined,
      { timeoutMs: 20_000, intervalMs: 20 },
    );
    const victim = replicas[running - 1]!;
    const survivor = replicas[2 - running]!;
    const before = created();
    const survivorLines = logOf(survivor.bot).length;
    expect(before).toBeLessThan(USERS);
    victim.bot.process.kill('SIGKILL');
    await new Promise((resolve) => victim.bot.process.once('exit', resolve));

    const replies = await h.waitForReplies(thread, (r) => r.some(isSummary), undefined, 100_000);
    expect(summaryCounts(replies.find(isSummary)!)).toEqual({ created: USERS, updated: 0, unchanged: 0, failed: 0 });
    // The survivor took it up after the kill.
    expect(
      logOf(survivor.bot)
        .slice(survivorLines)
        .map((l) => l.msg),
    ).toContain('working on an import');

    for (const cardThread of cardThreads) {
      // A card job on the killed replica waits out its lease, a retry delay and a poll before it goes on.
      const cardReplies = await h
        .waitForReplies(cardThread, (r) => r.some(isSummary), undefined, 60_000)
        .catch((error: unknown) => {
          // What the replicas said last, for whoever reads a failure of this test.
          for (const { bot } of replicas)
            process.stderr.write(
              `${logOf(bot)
                .slice(-40)
                .map((l) => JSON.stringify(l))
                .join('\n')}\n`,
            );
          throw error;
        });
      expect(summaryCounts(cardReplies.find(isSummary)!)).toMatchObject({ created: 25, failed: 0 });
    }
    for (const email of [...emails, ...cardEmails]) expect(h.writesFor(email).create, email).toBe(1);
    // Both kinds of fault were met, and the redeliveries were recognised.
    const posts = h.fx.sandbox.exchanges.filter((e) => e.method === 'POST' && e.path === '/v1/people');
    expect(posts.map((e) => e.status)).toContain(500);
    expect(posts.some((e) => e.status === 429 && JSON.stringify(e.responseBody).includes('injected'))).toBe(true);
    const allOutput = replicas.map(({ bot }) => bot.output.join('')).join('');
    expect(allOutput).toContain('event already handled');

    // No 429 from the per-token limit: the replicas shared the rate through Redis.
    const limited = h.fx.sandbox.exchanges.filter(
      (e) => e.status === 429 && e.api === 'webex' && !JSON.stringify(e.responseBody).includes('injected'),
    );
    expect(limited).toEqual([]);

    // One summary, still, once the queue has nothing left for this organization.
    await eventually(async () => {
      const client = new pg.Client(TEST_DATABASE_URL);
      await client.connect();
      try {
        const { rows } = await client.query(
          `SELECT count(*)::int AS n FROM "${SCHEMA}_pgboss".job WHERE state IN ('created', 'retry', 'active')`,
        );
        return rows[0].n === 0 ? true : undefined;
      } finally {
        await client.end();
      }
    });
    expect((await h.botReplies(thread)).filter(isSummary)).toHaveLength(1);
    for (const cardThread of cardThreads) expect((await h.botReplies(cardThread)).filter(isSummary)).toHaveLength(1);
  }, 180_000);
});
