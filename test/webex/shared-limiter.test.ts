import { createHash, randomUUID } from 'node:crypto';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { Redis } from 'ioredis';
import pino from 'pino';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { webexClient } from '../../src/clients.js';
import { StaticCredential } from '../../src/webex/admin-credential.js';
import type { Limiter, Limits } from '../../src/webex/limiter.js';
import { RateLimiter } from '../../src/webex/rate-limiter.js';
import { redisLimits } from '../../src/webex/shared-rate-limiter.js';
import { BotHarness } from '../support/bot-harness.js';
import { SandboxFixture } from '../support/sandbox-api.js';
import { redisAvailable, TEST_REDIS_URL } from '../support/services.js';

// This helper's keys only (h20b:...), removed at the end.
const KEY_PREFIX = 'h20b';
const redisUp = await redisAvailable();
const opened: Limits[] = [];

/** One replica's limits: its own Redis connection, as a separate process would have. */
function replica(
  options: { url?: string; replicas?: number; logger?: pino.Logger; retryRedisMs?: number } = {},
): Limits {
  const limits = redisLimits({
    url: options.url ?? TEST_REDIS_URL,
    keyPrefix: KEY_PREFIX,
    ...(options.replicas ? { replicas: options.replicas } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.retryRedisMs ? { retryRedisMs: options.retryRedisMs } : {}),
  });
  opened.push(limits);
  return limits;
}

afterAll(async () => {
  await Promise.all(opened.map((l) => l.close()));
  if (!redisUp) return;
  const redis = new Redis(TEST_REDIS_URL);
  const keys = await redis.keys(`${KEY_PREFIX}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

/** Sends `count` requests through `limiter`, `workers` at a time, and records when each was let through. */
async function send(limiter: Limiter, count: number, grants: number[], workers = 4): Promise<void> {
  let left = count;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (left > 0) {
        left -= 1;
        await limiter.acquire();
        grants.push(Date.now());
      }
    }),
  );
}

/** The most requests let through in any one second (a busiest second starts at a request). */
function busiestSecond(grants: number[]): number {
  return Math.max(0, ...grants.map((at) => grants.filter((g) => g >= at && g < at + 1_000).length));
}

/** A logger whose lines the test reads. */
function recordingLogger(): { logger: pino.Logger; lines: { level: number; msg: string }[] } {
  const lines: { level: number; msg: string }[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe.skipIf(!redisUp)('the rate shared by every replica (Redis)', () => {
  it('lets two replicas under one credential together use the limit, never more, in any one second', async () => {
    // As WEBEX_REQUESTS_PER_SECOND is meant to be set: one under the limit Webex gives.
    const limit = 12;
    const rate = limit - 1;
    const identity = `bot-token:${randomUUID()}`;
    const [a, b] = [replica().limiter(identity, rate), replica().limiter(identity, rate)];
    const grants: { a: number[]; b: number[] } = { a: [], b: [] };
    await Promise.all([send(a, 20, grants.a), send(b, 20, grants.b)]);

    const all = [...grants.a, ...grants.b];
    expect(all).toHaveLength(40);
    expect(busiestSecond(all)).toBeLessThanOrEqual(limit);
    // Both replicas had their share of the rate.
    expect(grants.a.length).toBe(20);
    expect(grants.b.length).toBe(20);

    // Two in-process limiters at the same rate, by contrast, each use the whole rate.
    const local = { a: [] as number[], b: [] as number[] };
    await Promise.all([send(new RateLimiter(rate), 20, local.a), send(new RateLimiter(rate), 20, local.b)]);
    expect(busiestSecond([...local.a, ...local.b])).toBeGreaterThan(limit);
  });

  it('keeps two credentials apart: each has its own rate', async () => {
    const rate = 10;
    const limits = replica();
    const one = limits.limiter(`acme:client:${randomUUID()}`, rate);
    const other = limits.limiter(`globex:client:${randomUUID()}`, rate);
    const grants: number[] = [];
    await Promise.all([send(one, 15, grants), send(other, 15, grants)]);
    expect(busiestSecond(grants)).toBeGreaterThan(rate + 1);
  });

  it("honours on one replica the Retry-After another replica was given (a 429's pause)", async () => {
    const identity = `bot-token:${randomUUID()}`;
    const [a, b] = [replica().limiter(identity, 20), replica().limiter(identity, 20)];
    await a.acquire();
    a.pause(2_000);
    const pausedAt = Date.now();
    // The pause reaches Redis under a hash of the credential, never the credential itself.
    const key = `${KEY_PREFIX}:pause:${createHash('sha256').update(identity).digest('hex')}`;
    const redis = new Redis(TEST_REDIS_URL);
    try {
      await vi.waitFor(async () => expect(await redis.exists(key)).toBe(1));
      expect((await redis.keys(`${KEY_PREFIX}:*`)).some((k) => k.includes(identity))).toBe(false);
    } finally {
      redis.disconnect();
    }
    const grants: number[] = [];
    await send(b, 3, grants, 1);
    expect(grants.filter((at) => at < pausedAt + 2_000)).toEqual([]);
  });
});

describe('when Redis does not answer', () => {
  it('goes on alone at the rate divided by the replicas, and says so once', async () => {
    const { logger, lines } = recordingLogger();
    // Nothing listens on port 1.
    const limits = replica({ url: 'redis://127.0.0.1:1', replicas: 2, logger });
    const limiter = limits.limiter(`bot-token:${randomUUID()}`, 20);
    const grants: number[] = [];
    await send(limiter, 24, grants);

    expect(grants).toHaveLength(24);
    // 20 per second shared by 2 replicas: 10 each, with the in-process limiter's margin of one.
    expect(busiestSecond(grants)).toBeLessThanOrEqual(11);
    const warnings = lines.filter((l) => l.level === 40);
    expect(warnings.map((l) => l.msg)).toEqual([expect.stringContaining('Redis is not answering')]);
  });
});

/** A TCP relay to the test Redis that can be cut and put back on the same port: Redis going away and back. */
class RedisRelay {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  async up(): Promise<void> {
    const target = new URL(TEST_REDIS_URL);
    this.server = createServer((client) => {
      const upstream = connect(Number(target.port || 6379), target.hostname);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  async down(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

describe.skipIf(!redisUp)('Redis going away and coming back', () => {
  it('goes on alone while Redis is away, saying so once, and shares the rate again once it answers', async () => {
    const { logger, lines } = recordingLogger();
    const relay = new RedisRelay();
    await relay.up();
    const limits = replica({ url: `redis://127.0.0.1:${relay.port}`, replicas: 2, logger, retryRedisMs: 300 });
    const identity = `bot-token:${randomUUID()}`;
    const limiter = limits.limiter(identity, 20);
    const slotKeys = async (): Promise<number> => {
      const redis = new Redis(TEST_REDIS_URL);
      try {
        const hash = createHash('sha256').update(identity).digest('hex');
        return (await redis.keys(`${KEY_PREFIX}:slot:${hash}:*`)).length;
      } finally {
        redis.disconnect();
      }
    };
    const grants: number[] = [];
    await send(limiter, 5, grants);
    expect(await slotKeys()).toBeGreaterThan(0);

    await relay.down();
    await send(limiter, 15, grants);
    expect(grants).toHaveLength(20);
    expect(lines.filter((l) => l.level === 40).map((l) => l.msg)).toEqual([
      expect.stringContaining('Redis is not answering'),
    ]);

    await relay.up();
    await vi.waitFor(
      async () => {
        await limiter.acquire();
        expect(lines.map((l) => l.msg)).toContainEqual(expect.stringContaining('Redis answers again'));
      },
      { timeout: 8_000, interval: 100 },
    );
    // Slots live about a second: the ones there now were taken after Redis came back.
    await send(limiter, 3, grants);
    expect(await slotKeys()).toBeGreaterThan(0);
    expect(lines.filter((l) => l.level === 40)).toHaveLength(1);
    await limits.close();
    await relay.down();
  });
});

describe.skipIf(!redisUp)('two replicas calling Webex (the sandbox) under one token', () => {
  const LIMIT = 10;

  /** Two replicas' clients with the bot token, each sending 20 requests; the 429s Webex answered. */
  async function twoReplicas(fx: SandboxFixture, limiter: () => Limiter): Promise<number> {
    let throttled = 0;
    const clients = [0, 1].map((n) =>
      webexClient(
        `${fx.url}/v1`,
        new StaticCredential(fx.token('bot')),
        limiter(),
        pino({ level: 'silent' }).child({ replica: n }),
        ({ status }) => {
          if (status === 429) throttled += 1;
        },
        // Webex asks in whole seconds; the local limiters' 429s are waited out a hundred times faster.
        0.01,
      ),
    );
    await Promise.all(
      clients.map(async (client) => {
        for (let i = 0; i < 20; i += 1) expect((await client.me()).id).toBeTruthy();
      }),
    );
    return throttled;
  }

  it('meets no 429 with the shared limiter at the configured rate, while two local limiters meet some', async () => {
    const fx = await new SandboxFixture().start();
    try {
      fx.sandbox.setFaults({ rateLimitPerSecond: LIMIT, retryAfterSeconds: 1 });
      const identity = `bot-token:${fx.token('bot')}:${randomUUID()}`;
      // One under the limit, as docs/configuration.md says to set WEBEX_REQUESTS_PER_SECOND.
      const shared = await twoReplicas(fx, () => replica().limiter(identity, LIMIT - 1));
      expect(shared).toBe(0);

      fx.sandbox.setFaults({ rateLimitPerSecond: LIMIT, retryAfterSeconds: 1 });
      const local = await twoReplicas(fx, () => new RateLimiter(LIMIT - 1));
      expect(local).toBeGreaterThan(0);
    } finally {
      await fx.stop();
    }
  });
});

describe.skipIf(!redisUp)('the bot with REDIS_URL', () => {
  it('answers as before, its requests paced through Redis under a hash of each credential', async () => {
    const prefix = `${KEY_PREFIX}:app-${randomUUID()}`;
    const h = new BotHarness();
    const redis = new Redis(TEST_REDIS_URL);
    try {
      await h.start({ config: { redisUrl: TEST_REDIS_URL, redisKeyPrefix: prefix } });
      const asked = await h.say('alice', 'help');
      const [reply] = await h.waitForReply(asked.id);
      expect(reply!.markdown).toContain('- **help**');
      // The reply itself took a slot a moment ago (slots live about a second).
      const keys = await redis.keys(`${prefix}:*`);
      expect(keys.some((k) => k.startsWith(`${prefix}:slot:`))).toBe(true);
      const tokens = [h.fx.token('bot'), h.fx.token('serviceApp')];
      expect(keys.filter((k) => tokens.some((t) => k.includes(t)))).toEqual([]);
      expect(h.logLines.join('')).not.toContain('Redis is not answering');
    } finally {
      await h.stop();
      redis.disconnect();
    }
  });
});
