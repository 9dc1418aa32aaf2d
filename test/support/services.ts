import { Redis } from 'ioredis';
import pg from 'pg';

/**
 * The services the several-replica tests need, read from TEST_DATABASE_URL and TEST_REDIS_URL. When one
 * is not reachable its tests are skipped, and ONE loud line on stderr says which service and which
 * variable, so a missing service never passes silently.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';

const told = new Set<string>();
function skipped(service: string, variable: string, url: string, error: unknown): false {
  if (!told.has(service)) {
    told.add(service);
    process.stderr.write(
      `\n*** SKIPPED: ${service} is not reachable at ${url} (${(error as Error).message}); set ${variable} to run these tests ***\n`,
    );
  }
  return false;
}

let postgres: Promise<boolean> | undefined;
/** Whether PostgreSQL answers at TEST_DATABASE_URL (asked once per test file). */
export function postgresAvailable(): Promise<boolean> {
  postgres ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch (error) {
      return skipped('PostgreSQL', 'TEST_DATABASE_URL', TEST_DATABASE_URL, error);
    } finally {
      // A client that never connected has nothing to end; its error was told above.
      await client.end().catch(() => undefined);
    }
  })();
  return postgres;
}

let redis: Promise<boolean> | undefined;
/** Whether Redis answers at TEST_REDIS_URL (asked once per test file). */
export function redisAvailable(): Promise<boolean> {
  redis ??= (async () => {
    const client = new Redis(TEST_REDIS_URL, {
      lazyConnect: true,
      connectTimeout: 2_000,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    // The failure is told once by skipped(); ioredis would otherwise print it unhandled.
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.ping();
      return true;
    } catch (error) {
      return skipped('Redis', 'TEST_REDIS_URL', TEST_REDIS_URL, error);
    } finally {
      client.disconnect();
    }
  })();
  return redis;
}
