import { Redis } from 'ioredis';
import pg from 'pg';

/** Where the PostgreSQL and Redis tests find their services (the machine's own by default). */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const said = new Set<string>();

/** One loud line per missing service: a skipped test must never pass for a tested one. */
function missing(service: string, variable: string, url: string, error: unknown): false {
  if (!said.has(service)) {
    said.add(service);
    process.stderr.write(
      `\n*** ${service} NOT REACHABLE at ${url} (${error instanceof Error ? error.message : String(error)}): ` +
        `its tests are SKIPPED. Start it or set ${variable}. ***\n`,
    );
  }
  return false;
}

/** Whether PostgreSQL answers at TEST_DATABASE_URL; says so loudly on stderr when it does not. */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    return missing('PostgreSQL', 'TEST_DATABASE_URL', TEST_DATABASE_URL, error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Whether Redis answers at TEST_REDIS_URL; says so loudly on stderr when it does not. */
export async function redisAvailable(): Promise<boolean> {
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, connectTimeout: 2_000, maxRetriesPerRequest: 0 });
  try {
    await redis.connect();
    await redis.ping();
    return true;
  } catch (error) {
    return missing('Redis', 'TEST_REDIS_URL', TEST_REDIS_URL, error);
  } finally {
    redis.disconnect();
  }
}
