import { Redis } from 'ioredis';
import pg from 'pg';

/**
 * The PostgreSQL and Redis the tests of several replicas use: TEST_DATABASE_URL and TEST_REDIS_URL,
 * by default the services of the project's machine. A test file asks once (`await postgresAvailable()`)
 * and skips its PostgreSQL tests when the answer is no; the skip is said in ONE loud line on stderr,
 * naming the service and the variable, never passed over in silence.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';

const said = new Set<string>();

function sayMissing(service: string, variable: string, url: string, why: string): void {
  if (said.has(service)) return;
  said.add(service);
  process.stderr.write(
    `\n!!! SKIPPED: ${service} is not reachable at ${redact(url)} (${why}); its tests did NOT run. Start ${service} or set ${variable}. !!!\n`,
  );
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

let postgres: Promise<boolean> | undefined;
let redis: Promise<boolean> | undefined;

/** Whether TEST_DATABASE_URL answers a query; when not, says so once on stderr. */
export function postgresAvailable(): Promise<boolean> {
  postgres ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch (error) {
      sayMissing('PostgreSQL', 'TEST_DATABASE_URL', TEST_DATABASE_URL, (error as Error).message || String(error));
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return postgres;
}

/** Whether Redis answers at TEST_REDIS_URL (asked once per test file). */
export function redisAvailable(): Promise<boolean> {
  redis ??= (async () => {
    const client = new Redis(TEST_REDIS_URL, {
      lazyConnect: true,
      connectTimeout: 2_000,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    // The failure is told once by sayMissing(); ioredis would otherwise print it unhandled.
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.ping();
      return true;
    } catch (error) {
      sayMissing('Redis', 'TEST_REDIS_URL', TEST_REDIS_URL, (error as Error).message || String(error));
      return false;
    } finally {
      client.disconnect();
    }
  })();
  return redis;
}
