import { randomBytes } from 'node:crypto';
import { createServer, type Server, Socket } from 'node:net';
import pg from 'pg';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMigrations } from '../../src/storage/postgres/migrate.js';
import { openPostgresStorage } from '../../src/storage/postgres/open-storage.js';
import type { Storage } from '../../src/storage/storage.js';
import { postgresAvailable, TEST_DATABASE_URL } from '../support/services.js';
import { handledEventStoreContract } from './handled-event-store-contract.js';
import { jobStoreContract, manualClock, newJob, planned } from './job-store-contract.js';
import { syncStoreContract } from './sync-store-contract.js';

const available = await postgresAvailable();
/** This file's schemas: its own prefix, so runs side by side never meet; each dropped at the end. */
const PREFIX = `${process.env.TEST_SCHEMA_PREFIX || 'h20a'}_t${randomBytes(3).toString('hex')}`;
let counter = 0;
const schemas = new Set<string>();
const freshSchema = () => {
  const schema = `${PREFIX}_${++counter}`;
  schemas.add(schema);
  return schema;
};

afterAll(async () => {
  if (!available || schemas.size === 0) return;
  const client = new pg.Client(TEST_DATABASE_URL);
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
});

const open = async (options: { now: () => Date }) =>
  openPostgresStorage(TEST_DATABASE_URL, { schema: freshSchema(), now: options.now });

// Registered either way, so a run without PostgreSQL lists them as skipped rather than leaving them out.
describe.skipIf(!available)('the contracts on PostgreSQL', () => {
  jobStoreContract('PostgreSQL', open);
  syncStoreContract('PostgreSQL', open);
  handledEventStoreContract('PostgreSQL', open);
});

/** A TCP relay to PostgreSQL that the test takes down and brings back, as a database restart would. */
class Relay {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  async start(): Promise<void> {
    const target = new URL(TEST_DATABASE_URL);
    this.server = createServer((inbound) => {
      const outbound = new Socket();
      for (const s of [inbound, outbound]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      outbound.connect(Number(target.port || 5432), target.hostname);
      inbound.pipe(outbound).pipe(inbound);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  url(): string {
    const u = new URL(TEST_DATABASE_URL);
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    return u.toString();
  }
}

describe.skipIf(!available)('the PostgreSQL store', () => {
  it('keeps what it holds across a reopen, and applies each migration once, recorded', async () => {
    const schema = freshSchema();
    const first = await openPostgresStorage(TEST_DATABASE_URL, { schema });
    await first.jobs.createJob(newJob('job-1'), [planned(1)]);
    await first.close();
    const second = await openPostgresStorage(TEST_DATABASE_URL, { schema });
    expect((await second.jobs.job('job-1'))!.state).toBe('previewed');
    expect((await second.jobs.counts('job-1')).total).toBe(1);
    await second.close();

    const client = new pg.Client(TEST_DATABASE_URL);
    await client.connect();
    const { rows } = await client.query(`SELECT version, name FROM "${schema}".schema_migrations ORDER BY version`);
    await client.end();
    expect(rows).toEqual(loadMigrations().map((m) => ({ version: m.version, name: m.name })));
  });

  it('refuses a schema migrated by a newer version, and says what to do', async () => {
    const schema = freshSchema();
    await (await openPostgresStorage(TEST_DATABASE_URL, { schema })).close();
    const client = new pg.Client(TEST_DATABASE_URL);
    await client.connect();
    await client.query(`INSERT INTO "${schema}".schema_migrations (version, name) VALUES (999, 'from-the-future')`);
    await client.end();
    await expect(openPostgresStorage(TEST_DATABASE_URL, { schema })).rejects.toThrow(
      /newer than this version of the bot knows.*run the newer version/,
    );
  });

  it('keeps the credential sealed, for the client secret and refresh token that stored it only', async () => {
    const storage = await openPostgresStorage(TEST_DATABASE_URL, { schema: freshSchema() });
    const logger = pino({ level: 'silent' });
    const options = { clientSecret: 'secret-1', configuredRefreshToken: 'refresh-configured', logger };
    const pair = {
      accessToken: 'a',
      expiresAt: 2,
      refreshToken: 'refresh-token-value',
      refreshExpiresAt: 3,
      issuedAt: 1,
    };
    await storage.tokenVault('admin', options).save(pair);
    expect(await storage.tokenVault('admin', options).load()).toEqual(pair);
    expect(await storage.tokenVault('other', options).load()).toBeUndefined();
    expect(await storage.tokenVault('admin', { ...options, clientSecret: 'secret-2' }).load()).toBeUndefined();
    await storage.settings.setLanguage('Eve@X', 'pt-BR');
    expect(await storage.settings.language('eve@x')).toBe('pt-BR');
    await storage.close();
  });

  it('does not open when the database does not answer, and says which one', async () => {
    const unreachable = new URL(TEST_DATABASE_URL);
    unreachable.hostname = '127.0.0.1';
    unreachable.port = '1';
    await expect(openPostgresStorage(unreachable.toString(), { schema: freshSchema() })).rejects.toThrow(
      /^the database PostgreSQL 127\.0\.0\.1:1\/\w+, schema \w+ is unusable: .*ECONNREFUSED/,
    );
  });

  it('says when the database refuses writes (a standby, a read-only user), and refuses the write itself', async () => {
    const schema = freshSchema();
    await (await openPostgresStorage(TEST_DATABASE_URL, { schema })).close();
    const role = `${PREFIX}_ro`;
    const admin = new pg.Client(TEST_DATABASE_URL);
    await admin.connect();
    await admin.query(`CREATE ROLE "${role}" LOGIN`);
    await admin.query(`ALTER ROLE "${role}" SET default_transaction_read_only = on`);
    await admin.query(`GRANT USAGE ON SCHEMA "${schema}" TO "${role}"`);
    await admin.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "${schema}" TO "${role}"`);
    const asReader = new URL(TEST_DATABASE_URL);
    asReader.username = role;
    asReader.password = '';
    try {
      const storage = await openPostgresStorage(asReader.toString(), { schema });
      try {
        expect(await storage.writeProblem()).toMatch(/^the store cannot be written: .*read-only transaction/);
        await expect(storage.handledEvents.markHandled('event-1')).rejects.toMatchObject({
          name: 'StorageUnavailableError',
          state: 'readonly',
        });
        expect(await storage.jobs.job('job-1')).toBeUndefined();
      } finally {
        await storage.close();
      }
    } finally {
      await admin.query(`DROP OWNED BY "${role}"`);
      await admin.query(`DROP ROLE "${role}"`);
      await admin.end();
    }
  });

  it('says when the database does not answer, for readiness, and tells when it answers again', async () => {
    const relay = new Relay();
    await relay.start();
    const storage = await openPostgresStorage(relay.url(), { schema: freshSchema(), probeMs: 50 });
    try {
      expect(await storage.writeProblem()).toBeUndefined();
      const recovered = new Promise<void>((resolve) => storage.onRecovered(resolve));
      await relay.stop();
      expect(await storage.writeProblem()).toMatch(/^the store cannot be written: /);
      await expect(storage.jobs.job('job-x')).rejects.toMatchObject({
        name: 'StorageUnavailableError',
        message: expect.stringMatching(/^the database PostgreSQL 127\.0\.0\.1:\d+\/\w+, schema \w+ is unusable: /),
      });
      await relay.start();
      await recovered;
      expect(await storage.writeProblem()).toBeUndefined();
    } finally {
      await storage.close();
      await relay.stop();
    }
  });
});

describe.skipIf(!available)('two replicas on one PostgreSQL schema', () => {
  async function replicas(count = 2): Promise<Storage[]> {
    const schema = freshSchema();
    const { now } = manualClock();
    // Opened at once: the second waits for the first's migrations, then finds them applied.
    return Promise.all(Array.from({ length: count }, () => openPostgresStorage(TEST_DATABASE_URL, { schema, now })));
  }

  it('apply the migrations once when they start at the same time', async () => {
    const schema = freshSchema();
    const opened = await Promise.all(
      Array.from({ length: 4 }, () => openPostgresStorage(TEST_DATABASE_URL, { schema })),
    );
    await Promise.all(opened.map((s) => s.close()));
    const client = new pg.Client(TEST_DATABASE_URL);
    await client.connect();
    const { rows } = await client.query(`SELECT version FROM "${schema}".schema_migrations`);
    await client.end();
    expect(rows.map((r) => r.version)).toEqual(loadMigrations().map((m) => m.version));
  });

  it('start one job when both press Confirm at once', async () => {
    const [a, b] = await replicas();
    try {
      await a!.jobs.createJob(newJob('job-1'), [planned(1)]);
      const results = await Promise.all([
        a!.jobs.confirm('job-1', 'alice@acme.example.com'),
        b!.jobs.confirm('job-1', 'bob@acme.example.com'),
      ]);
      expect(results.filter((r) => r !== false)).toEqual(['running']);
      expect((await b!.jobs.job('job-1'))!.state).toBe('running');
    } finally {
      await Promise.all([a!.close(), b!.close()]);
    }
  });

  it('run one import at a time when two imports are confirmed on two replicas at once', async () => {
    const [a, b] = await replicas();
    try {
      await a!.jobs.createJob(newJob('imp-1', { kind: 'import' }), [planned(1)]);
      await b!.jobs.createJob(newJob('imp-2', { kind: 'import' }), [planned(1)]);
      const results = await Promise.all([a!.jobs.confirm('imp-1', 'alice@x'), b!.jobs.confirm('imp-2', 'bob@x')]);
      expect([...results].sort()).toEqual(['queued', 'running']);
      const running = results[0] === 'running' ? 'imp-1' : 'imp-2';
      await a!.jobs.finish(running);
      const started = await Promise.all([a!.jobs.startNextQueued(), b!.jobs.startNextQueued()]);
      expect(started.filter(Boolean)).toHaveLength(1);
      expect((await a!.jobs.jobsInState('running')).map((j) => j.id)).toEqual(started.filter(Boolean));
    } finally {
      await Promise.all([a!.close(), b!.close()]);
    }
  });

  it('mark an event handled once when it reaches both', async () => {
    const [a, b] = await replicas();
    try {
      const results = await Promise.all([
        ...Array.from({ length: 5 }, () => a!.handledEvents.markHandled('event-1')),
        ...Array.from({ length: 5 }, () => b!.handledEvents.markHandled('event-1')),
      ]);
      expect(results.filter((r) => r)).toHaveLength(1);
    } finally {
      await Promise.all([a!.close(), b!.close()]);
    }
  });
});
