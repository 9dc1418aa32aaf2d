/**
 * Throughput of several replicas under Webex's per-token limit: simulated replicas (each a Webex client with
 * its own Redis connection, as a separate process has) keep four requests in flight each, for a fixed time,
 * against the sandbox's limit of 20 requests/s per token with 50 ms per call; every client is paced one
 * request under the limit, as WEBEX_REQUESTS_PER_SECOND is meant to be set. One token, one replica then two
 * (expected equal: the limit is the ceiling), two replicas without Redis (each paces alone: 429s), and two
 * organisations (two credentials, two replicas each: expected about double).
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import pino from 'pino';
import { webexClient } from '../src/clients.js';
import { StaticCredential } from '../src/webex/admin-credential.js';
import type { Limiter, Limits } from '../src/webex/limiter.js';
import { localLimits } from '../src/webex/limiter.js';
import { redisLimits } from '../src/webex/shared-rate-limiter.js';
import { startSandbox } from './lib.js';

const LIMIT_PER_SECOND = 20;
const IN_FLIGHT = 4;

/** The most of `times` inside any one second (a busiest second starts at one of them). */
function busiestSecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last += 1) {
    while (sorted[last]! - sorted[first]! >= 1_000) first += 1;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

/** A limiter that notes when it lets a request through. */
function noting(limiter: Limiter, grants: number[]): Limiter {
  return {
    acquire: () => limiter.acquire().then(() => void grants.push(Date.now())),
    pause: (ms) => limiter.pause(ms),
  };
}

export interface ReplicasRow {
  name: string;
  replicas: number;
  tokens: number;
  /** Requests Webex answered (not 429) per second, all replicas together. */
  perSecond: number;
  throttled: number;
  /** The most requests the limiters let through in any one second under one token. */
  busiestGranted: number;
  /** The most requests the sandbox received in any one second under one token (what Webex counts). */
  busiestReceived: number;
}

export interface ReplicasResult {
  seconds: number;
  limit: number;
  rows: ReplicasRow[];
}

export async function replicas(seconds: number, redisUrl: string): Promise<ReplicasResult> {
  const fx = await startSandbox();
  const keyPrefix = `${process.env.BENCH_REDIS_PREFIX ?? 'bench'}:replicas-${randomUUID()}`;
  const opened: Limits[] = [];
  /** One replica's limits: shared through Redis, or in the process alone. */
  const limitsOf = (shared: boolean): Limits => {
    if (!shared) return localLimits;
    const limits = redisLimits({ url: redisUrl, keyPrefix });
    opened.push(limits);
    return limits;
  };
  const acme = fx.token('serviceApp');
  const globex = fx.org('globex').serviceApp?.token;
  if (!globex) throw new Error('the sandbox seed has no Service App for globex');

  /** `count` replicas per token, each with IN_FLIGHT callers, for `seconds`. */
  async function run(
    name: string,
    count: number,
    tokens: string[],
    shared: boolean,
    runSeconds = seconds,
  ): Promise<ReplicasRow> {
    fx.sandbox.setFaults({ rateLimitPerSecond: LIMIT_PER_SECOND, latencyMs: 50, retryAfterSeconds: 1 });
    fx.sandbox.exchanges.length = 0;
    let answered = 0;
    let throttled = 0;
    const run = randomUUID();
    const grants = new Map(tokens.map((token) => [token, [] as number[]]));
    const clients = tokens.flatMap((token) =>
      Array.from({ length: count }, () =>
        webexClient(
          `${fx.url}/v1`,
          new StaticCredential(token),
          noting(limitsOf(shared).limiter(`bench:${run}:${token}`, LIMIT_PER_SECOND - 1), grants.get(token)!),
          pino({ level: 'silent' }),
          ({ status }) => {
            if (status === 429) throttled += 1;
            else answered += 1;
          },
        ),
      ),
    );
    const end = Date.now() + runSeconds * 1000;
    const from = Date.now();
    await Promise.all(
      clients.flatMap((client) =>
        Array.from({ length: IN_FLIGHT }, async () => {
          while (Date.now() < end) await client.me();
        }),
      ),
    );
    const elapsed = (Date.now() - from) / 1000;
    const received = new Map<string, number[]>();
    for (const e of fx.sandbox.exchanges)
      received.set(e.actorEmail ?? '', [...(received.get(e.actorEmail ?? '') ?? []), e.receivedAt]);
    return {
      name,
      replicas: count,
      tokens: tokens.length,
      perSecond: answered / elapsed,
      throttled,
      busiestGranted: Math.max(...[...grants.values()].map(busiestSecond)),
      busiestReceived: Math.max(...[...received.values()].map(busiestSecond)),
    };
  }

  try {
    // Not counted: the first calls of a fresh process and sandbox (connections, compilation) arrive
    // bunched up however well they were paced.
    await run('warm-up', 1, [acme, globex], true, 3);
    const rows = [
      await run('one token, 1 replica', 1, [acme], true),
      await run('one token, 2 replicas sharing the limit through Redis', 2, [acme], true),
      await run('one token, 2 replicas each pacing alone (no REDIS_URL)', 2, [acme], false),
      await run('two organizations (two credentials), 2 replicas each, Redis', 2, [acme, globex], true),
    ];
    return { seconds, limit: LIMIT_PER_SECOND, rows };
  } finally {
    await Promise.all(opened.map((l) => l.close()));
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`${keyPrefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await fx.stop();
  }
}
