import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Limiter, Limits } from './limiter.js';
import { RateLimiter } from './rate-limiter.js';

export interface SharedLimiterOptions {
  redis: Redis;
  /** Names the credential; only its sha256 reaches Redis, never a token. */
  identity: string;
  perSecond: number;
  /** Replicas configured (REPLICAS): while Redis is away each takes this share of the rate. */
  replicas?: number;
  /** Start of every key this limiter writes (rate-limiter-flexible adds `:`). */
  keyPrefix?: string;
  logger?: Logger;
  /** How long the local limiter stands in after Redis failed before Redis is asked again. */
  retryRedisMs?: number;
  now?: () => number;
}

export const DEFAULT_KEY_PREFIX = 'wxcc-bot:limit';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.max(1, ms)));

/**
 * One credential's rate shared by every replica through Redis (rate-limiter-flexible's RateLimiterRedis).
 *
 * Time is cut into slots of 1/rate seconds and each slot is one key that admits one request, whoever asks
 * first, sent in the first half of its slot. A plain "rate points per second" window would let a burst of
 * twice the rate through across the edge of two windows, while Webex counts in a sliding window; one
 * request per slot keeps the promise of the in-process limiter: never more than rate + 1 requests in any
 * one second (and rate + 2 only if the requests of half a slot's time arrive bunched up), so with the rate
 * configured one under Webex's limit the replicas together use the limit and never pass it. Slots are
 * read on each replica's clock, which is assumed kept by NTP (a skew of a few ms moves a slot's edge by
 * that much).
 *
 * A 429's Retry-After blocks one more key, which every replica reads before it takes a slot.
 *
 * When Redis does not answer, the replica says so once in the log and goes on alone with the in-process
 * limiter at rate / REPLICAS: the replicas together stay at the rate (if REPLICAS is right) and no work
 * stops for the want of Redis; Redis is asked again every few seconds, and used again once it answers.
 */
export class SharedRateLimiter implements Limiter {
  private readonly slots: RateLimiterRedis;
  private readonly pauses: RateLimiterRedis;
  private readonly slotMs: number;
  private readonly key: string;
  private readonly fallback: RateLimiter;
  private readonly fallbackRate: number;
  private readonly now: () => number;
  private readonly retryRedisMs: number;
  private localPauseUntil = 0;
  private redisAwayUntil = 0;
  private away = false;
  /** The callers of this replica take their turn one after another; only the first asks Redis. */
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly options: SharedLimiterOptions) {
    const { redis, perSecond } = options;
    const keyPrefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
    this.now = options.now ?? Date.now;
    this.retryRedisMs = options.retryRedisMs ?? 5_000;
    this.slotMs = 1000 / perSecond;
    this.key = createHash('sha256').update(options.identity).digest('hex');
    // A slot's key lives a little longer than the slot (whole seconds: the library's unit), then expires.
    const duration = Math.max(1, Math.ceil((2 * this.slotMs) / 1000));
    this.slots = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${keyPrefix}:slot`, points: 1, duration });
    this.pauses = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${keyPrefix}:pause`, points: 1, duration: 1 });
    this.fallbackRate = perSecond / Math.max(1, options.replicas ?? 1);
    this.fallback = new RateLimiter(this.fallbackRate);
  }

  acquire(): Promise<void> {
    if (!Number.isFinite(this.options.perSecond) || this.options.perSecond <= 0) return Promise.resolve();
    const turn = this.tail.then(() => this.take());
    this.tail = turn;
    return turn;
  }

  pause(ms: number): void {
    this.localPauseUntil = Math.max(this.localPauseUntil, this.now() + ms);
    this.fallback.pause(ms);
    if (this.now() < this.redisAwayUntil) return;
    this.sharePause(ms).catch((error: unknown) => this.redisFailed(error));
  }

  /** Waits for a free slot (or, Redis away, for the local limiter); never rejects. */
  private async take(): Promise<void> {
    for (;;) {
      const now = this.now();
      if (now < this.localPauseUntil) {
        await sleep(this.localPauseUntil - now);
        continue;
      }
      if (now < this.redisAwayUntil) return this.fallback.acquire();
      try {
        const paused = await this.pauses.get(this.key);
        if (paused && paused.consumedPoints > 0 && paused.msBeforeNext > 0) {
          this.redisAnswered();
          await sleep(paused.msBeforeNext);
          continue;
        }
        // Late in a slot, the next one is taken instead, and its start waited for: a request goes out
        // in the first half of its slot, so two slots' requests are never closer than half a slot.
        const at = this.now();
        let slot = Math.floor(at / this.slotMs);
        if (at - slot * this.slotMs > this.slotMs / 2) slot += 1;
        const won = await this.slots.consume(`${this.key}:${slot}`).then(
          () => true,
          (rejection: unknown) => {
            if (rejection instanceof RateLimiterRes) return false;
            throw rejection;
          },
        );
        this.redisAnswered();
        const startsIn = slot * this.slotMs - this.now();
        if (won) {
          if (startsIn > 0) await sleep(startsIn);
          return;
        }
        await sleep(startsIn + this.slotMs);
      } catch (error) {
        this.redisFailed(error);
      }
    }
  }

  /** Blocks the pause key for every replica, unless a longer pause is already there. */
  private async sharePause(ms: number): Promise<void> {
    const current = await this.pauses.get(this.key);
    if (current && current.msBeforeNext >= ms) return;
    // The library blocks in whole seconds; Webex's Retry-After is whole seconds too.
    await this.pauses.block(this.key, Math.max(1, Math.ceil(ms / 1000)));
  }

  private redisAnswered(): void {
    if (!this.away) return;
    this.away = false;
    this.options.logger?.info('Redis answers again: the request rate is shared by every replica again');
  }

  private redisFailed(error: unknown): void {
    this.redisAwayUntil = this.now() + this.retryRedisMs;
    if (this.away) return;
    this.away = true;
    this.options.logger?.warn(
      { err: error, perSecond: this.fallbackRate },
      'Redis is not answering: this replica limits its requests alone (the configured rate divided by REPLICAS) until it answers again',
    );
  }
}

export interface RedisLimitsOptions {
  url: string;
  replicas?: number;
  keyPrefix?: string;
  logger?: Logger;
  retryRedisMs?: number;
}

/** Limiters shared by every replica through the Redis at `url`: one connection for all credentials. */
export function redisLimits(options: RedisLimitsOptions): Limits {
  const redis = new Redis(options.url, {
    // A command Redis does not answer soon fails, and the limiter goes on alone rather than wait.
    commandTimeout: 1_000,
    maxRetriesPerRequest: 1,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  });
  // Told by the limiters, once per outage; ioredis would otherwise print every reconnection failure.
  redis.on('error', (error: Error) => options.logger?.debug({ err: error }, 'Redis connection error'));
  return {
    limiter: (identity, perSecond) =>
      new SharedRateLimiter({
        redis,
        identity,
        perSecond,
        ...(options.replicas !== undefined ? { replicas: options.replicas } : {}),
        ...(options.keyPrefix !== undefined ? { keyPrefix: options.keyPrefix } : {}),
        ...(options.logger ? { logger: options.logger } : {}),
        ...(options.retryRedisMs !== undefined ? { retryRedisMs: options.retryRedisMs } : {}),
      }),
    close: async () => {
      redis.disconnect();
    },
  };
}
