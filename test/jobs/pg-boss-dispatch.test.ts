import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type PgBoss from 'pg-boss';
import pino from 'pino';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobDispatch } from '../../src/jobs/dispatch.js';
import { PgBossDispatch } from '../../src/jobs/pg-boss-dispatch.js';
import type { JobCounts, JobRow, JobStore } from '../../src/jobs/ports.js';
import { type JobListener, JobRunner } from '../../src/jobs/runner.js';
import type { PeopleApi } from '../../src/provisioning/execute-user.js';
import { openSqliteStorage } from '../../src/storage/sqlite/open-storage.js';
import type { Storage } from '../../src/storage/storage.js';
import { WebexApiError } from '../../src/webex/errors.js';
import { newJob, planned } from '../storage/job-store-contract.js';
import { FakePeople } from '../support/fake-people.js';
import { postgresAvailable, TEST_DATABASE_URL } from '../support/services.js';

/** This helper's own pg-boss schema: helpers working at the same time never share one. */
const SCHEMA = 'h20c_pgboss';
const logger = pino({ level: 'silent' });
const available = await postgresAvailable();

/** What one replica's conversation would post: each job's summary, and the queued imports that start. */
class Heard implements JobListener {
  readonly summaries: { jobId: string; counts: JobCounts }[] = [];
  readonly startedFromQueue: string[] = [];
  async progress(): Promise<void> {}
  async finished(job: JobRow, counts: JobCounts): Promise<void> {
    this.summaries.push({ jobId: job.id, counts });
  }
  async dequeued(job: JobRow): Promise<void> {
    this.startedFromQueue.push(job.id);
  }
}

/** pg-boss's connection for one replica; `dead` answers nothing, as a killed process's connection would. */
class ReplicaDb implements PgBoss.Db {
  dead = false;
  constructor(private readonly pool: pg.Pool) {}
  async executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }> {
    // pg-boss's own connection answers `undefined` once closed; a dead replica's commands reach nobody.
    if (this.dead) return undefined as unknown as { rows: unknown[] };
    return this.pool.query(text, values);
  }
}

/**
 * An organization: its store (one SQLite file, shared by the replicas in this test) and its Webex, which
 * notes when calls from two replicas were under way at once.
 */
interface Org {
  key: string;
  storage: Storage;
  store: JobStore;
  webex: FakePeople;
  underWay: Map<Replica['name'], number>;
  overlaps: number;
}

function org(key: string): Org {
  const storage = openSqliteStorage(mkdtempSync(join(tmpdir(), `h20c-${key}-`)));
  return { key, storage, store: storage.jobs, webex: new FakePeople(), underWay: new Map(), overlaps: 0 };
}

/**
 * The organization's Webex as one replica reaches it. `before` runs before each call (a gate); once the
 * replica is dead no call of it reaches Webex, and an answer on its way back is lost.
 */
function reach(
  o: Org,
  name: string,
  replica: { dead: boolean },
  before?: (args: unknown[]) => Promise<void>,
): PeopleApi {
  const { webex, underWay } = o;
  const unreachable = () =>
    new WebexApiError('server_error', 'replica is dead', 503, 'T-dead', [], { method: 'GET', path: '/v1/people' });
  return new Proxy(webex, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        if (replica.dead) throw unreachable();
        if ([...underWay].some(([other, n]) => other !== name && n > 0)) o.overlaps += 1;
        underWay.set(name, (underWay.get(name) ?? 0) + 1);
        try {
          await before?.(args);
          if (replica.dead) throw unreachable();
          const answer = await value.apply(target, args);
          if (replica.dead) throw unreachable();
          return answer;
        } finally {
          underWay.set(name, underWay.get(name)! - 1);
        }
      };
    },
  }) as PeopleApi;
}

interface Replica {
  name: string;
  heard: Heard;
  dispatch: Map<string, JobDispatch>;
  db: ReplicaDb;
  kill(): void;
  stop(): Promise<void>;
}

const replicas: Replica[] = [];
const orgs: Org[] = [];

async function replica(
  name: string,
  served: Org[],
  options: { sliceMs: number; gate?: (org: string, args: unknown[]) => Promise<void> },
): Promise<Replica> {
  const pool = new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 4 });
  const db = new ReplicaDb(pool);
  const queue = new PgBossDispatch({
    db,
    schema: SCHEMA,
    logger,
    sliceMs: options.sliceMs,
    // Short for the test; src/jobs/pg-boss-dispatch.ts says why production uses 300 s.
    expireInSeconds: 3,
    maintenanceIntervalSeconds: 1,
    pollingIntervalSeconds: 0.5,
    retryDelaySeconds: 0,
  });
  const heard = new Heard();
  const dispatch = new Map<string, JobDispatch>();
  for (const o of served) {
    const gate = options.gate;
    const api = reach(o, name, db, gate ? (args) => gate(o.key, args) : undefined);
    const runner = new JobRunner({
      ...{ store: o.store, api, listener: heard, logger, concurrency: 2 },
      outageWait: { firstMs: 20, maxMs: 100 },
    });
    const port = await queue.serve(o.key, { store: o.store, runner });
    await port.resume();
    dispatch.set(o.key, port);
  }
  let stopped = false;
  const r: Replica = {
    name,
    heard,
    dispatch,
    db,
    kill: () => {
      db.dead = true;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await queue.stop();
      await pool.end();
    },
  };
  replicas.push(r);
  return r;
}

/** An import previewed with these users and confirmed: the store says running or queued. */
async function confirmImport(o: Org, id: string, emails: string[]): Promise<'running' | 'queued'> {
  await o.store.createJob(
    newJob(id, { kind: 'import' }),
    emails.map((email, i) => planned(i + 1, { email })),
  );
  const state = await o.store.confirm(id, 'bob@acme.example.com');
  if (!state) throw new Error(`${id} was not confirmed`);
  return state;
}

function emails(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${i + 1}@acme.example.com`);
}

/** Waits for what the store or Webex will show; the limit only keeps a broken run from hanging. */
async function until(what: string, check: () => Promise<boolean> | boolean, limitMs = 20_000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const done = (o: Org, id: string) => async () => (await o.store.job(id))?.state === 'done';

async function dropSchema(): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await client.end();
}

describe.skipIf(!available)('confirmed jobs through pg-boss, two replicas on one PostgreSQL', () => {
  beforeEach(async () => {
    await dropSchema();
  });
  afterEach(async () => {
    for (const r of replicas.splice(0)) await r.stop();
    for (const o of orgs.splice(0)) await o.storage.close();
  });
  afterAll(async () => {
    await dropSchema();
  });

  it('runs two imports of one organization one after the other, never at once, across replicas', async () => {
    const acme = org('acme');
    orgs.push(acme);
    // Webex answers slowly enough that each import takes a few slices (handed on at each) and that a
    // replica free to work would find the other still at it.
    const slow = () => new Promise<void>((resolve) => setTimeout(resolve, 10));
    const a = await replica('a', [acme], { sliceMs: 300, gate: slow });
    const b = await replica('b', [acme], { sliceMs: 300, gate: slow });
    const first = emails('first', 60);
    const second = emails('second', 60);
    expect(await confirmImport(acme, 'import-1', first)).toBe('running');
    await a.dispatch.get('acme')!.confirmed('import-1', 'running');
    expect(await confirmImport(acme, 'import-2', second)).toBe('queued');
    await b.dispatch.get('acme')!.confirmed('import-2', 'queued');

    await until('both imports done', async () => (await done(acme, 'import-1')()) && done(acme, 'import-2')());

    // What Webex saw: every call about the first file before any about the second.
    const calls = acme.webex.calls;
    const lastOfFirst = calls.reduce((last, c, i) => (c.includes('first') ? i : last), -1);
    const firstOfSecond = calls.findIndex((c) => c.includes('second'));
    expect(lastOfFirst).toBeLessThan(firstOfSecond);
    for (const e of [...first, ...second]) expect(acme.webex.created(e)).toBe(1);
    // Never two replicas calling Webex for this organization's imports at once.
    expect(acme.overlaps).toBe(0);
    // One summary per import, whichever replica finished it; the second was announced as it left the queue.
    const summaries = [...a.heard.summaries, ...b.heard.summaries].sort((x, y) => x.jobId.localeCompare(y.jobId));
    expect(summaries.map((s) => [s.jobId, s.counts.created])).toEqual([
      ['import-1', 60],
      ['import-2', 60],
    ]);
    expect([...a.heard.startedFromQueue, ...b.heard.startedFromQueue]).toEqual(['import-2']);
  });

  it("runs two organizations' imports at the same time", async () => {
    const acme = org('acme');
    const globex = org('globex');
    orgs.push(acme, globex);
    // Each organization's first call waits until the other's has begun: the imports can only finish if
    // they run at the same time.
    const begun = new Set<string>();
    let bothBegun: () => void = () => undefined;
    const together = new Promise<void>((resolve) => (bothBegun = resolve));
    const gate = async (key: string) => {
      begun.add(key);
      if (begun.size === 2) bothBegun();
      await together;
    };
    const a = await replica('a', [acme, globex], { sliceMs: 1_000, gate });
    const b = await replica('b', [acme, globex], { sliceMs: 1_000, gate });
    expect(await confirmImport(acme, 'acme-import', emails('acme', 20))).toBe('running');
    expect(await confirmImport(globex, 'globex-import', emails('globex', 20))).toBe('running');
    await a.dispatch.get('acme')!.confirmed('acme-import', 'running');
    await b.dispatch.get('globex')!.confirmed('globex-import', 'running');

    await until(
      'both organizations done',
      async () => (await done(acme, 'acme-import')()) && done(globex, 'globex-import')(),
    );
    for (const e of emails('acme', 20)) expect(acme.webex.created(e)).toBe(1);
    for (const e of emails('globex', 20)) expect(globex.webex.created(e)).toBe(1);
    expect(acme.webex.calls.some((c) => c.includes('globex'))).toBe(false);
  });

  it('runs a card job beside an import of the same organization', async () => {
    const acme = org('acme');
    orgs.push(acme);
    // The import's calls wait until the card job has begun: both finish only if they run at once.
    let cardBegun: () => void = () => undefined;
    const card = new Promise<void>((resolve) => (cardBegun = resolve));
    const gate = async (_org: string, args: unknown[]) => {
      if (JSON.stringify(args).includes('card')) cardBegun();
      else await card;
    };
    const a = await replica('a', [acme], { sliceMs: 1_000, gate });
    const b = await replica('b', [acme], { sliceMs: 1_000, gate });
    expect(await confirmImport(acme, 'import-1', emails('file', 10))).toBe('running');
    await a.dispatch.get('acme')!.confirmed('import-1', 'running');
    await acme.store.createJob(
      newJob('card-1'),
      emails('card', 3).map((email, i) => planned(i + 1, { email })),
    );
    expect(await acme.store.confirm('card-1', 'bob@acme.example.com')).toBe('running');
    await b.dispatch.get('acme')!.confirmed('card-1', 'running');

    await until('both jobs done', async () => (await done(acme, 'import-1')()) && done(acme, 'card-1')());
    for (const e of [...emails('file', 10), ...emails('card', 3)]) expect(acme.webex.created(e)).toBe(1);
  });

  it('hands the job of a replica that died mid-import to the other, which finishes it once', async () => {
    const acme = org('acme');
    orgs.push(acme);
    const users = emails('user', 40);
    // Webex answers slowly enough that the replica dies with the import half done.
    const slow = () => new Promise<void>((resolve) => setTimeout(resolve, 10));
    const a = await replica('a', [acme], { sliceMs: 2_000, gate: slow });
    expect(await confirmImport(acme, 'import-1', users)).toBe('running');
    await a.dispatch.get('acme')!.confirmed('import-1', 'running');
    await until('some users done', async () => (await acme.store.counts('import-1')).done >= 5);

    // The replica dies: its pg-boss job stays active with nobody to complete it, its Webex calls stop.
    a.kill();
    const progressAtDeath = await acme.store.counts('import-1');
    expect(progressAtDeath.done).toBeLessThan(users.length);
    const b = await replica('b', [acme], { sliceMs: 2_000 });

    await until('the other replica finished the import', done(acme, 'import-1'));
    // Every user created once: a creation whose answer was lost with the replica was read back, not repeated.
    for (const e of users) expect(acme.webex.created(e)).toBe(1);
    expect(b.heard.summaries).toEqual([
      { jobId: 'import-1', counts: { total: 40, done: 40, created: 40, updated: 0, unchanged: 0, failed: 0 } },
    ]);
    expect(a.heard.summaries).toEqual([]);
  });
});
