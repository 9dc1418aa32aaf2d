import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RateLimiter } from '../../src/webex/rate-limiter.js';

// The limiter reads the fake timers' clock, so its idea of "now" and its timers move together.
const clock = (): number => Date.now();
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Callers of the limiter, each recording when (on the limiter's clock) and in which order it was let through. */
function waiters(limiter: RateLimiter) {
  const grants: { id: number; at: number }[] = [];
  let next = 0;
  return {
    grants,
    get asked(): number {
      return next;
    },
    add(count = 1): void {
      for (let i = 0; i < count; i += 1) {
        const id = next++;
        void limiter.acquire().then(() => grants.push({ id, at: clock() }));
      }
    },
    /** The most grants inside any one second (a busiest window starts at a grant). */
    busiestSecond(): number {
      return Math.max(0, ...grants.map(({ at }) => grants.filter((g) => g.at >= at && g.at < at + 1_000).length));
    },
    between(from: number, to: number): number {
      return grants.filter((g) => g.at >= from && g.at < to).length;
    },
  };
}

/** A small seeded generator (mulberry32): the same "random" arrivals on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('the rate limiter', () => {
  it.each([
    { rate: 19, burst: undefined, shown: 'the default 1.5' },
    { rate: 1, burst: undefined, shown: 'the default 1.5' },
    { rate: 2.5, burst: undefined, shown: 'the default 1.5' },
    { rate: 50, burst: undefined, shown: 'the default 1.5' },
    { rate: 5, burst: 1, shown: '1' },
    { rate: 5, burst: 4, shown: '4' },
    { rate: 0.5, burst: 2.5, shown: '2.5' },
  ])(
    'lets a steady crowd through at $rate/s, never more than floor(rate + burst) into any second (burst $shown)',
    async ({ rate, burst }) => {
      const limiter = new RateLimiter(rate, burst, clock);
      const w = waiters(limiter);
      const seconds = 8;
      w.add(Math.ceil(rate * seconds) + 20);
      await vi.advanceTimersByTimeAsync(seconds * 1_000);
      // Busy the whole time, so it used the rate: one grant at once, then one per 1/rate seconds.
      expect(w.grants.length).toBeGreaterThanOrEqual(Math.floor(rate * seconds));
      expect(w.busiestSecond()).toBeLessThanOrEqual(Math.floor(rate + (burst ?? 1.5)));
    },
  );

  it('never lets more than floor(rate + burst) into any second when callers come and go at random', async () => {
    for (const [rate, burst, seed] of [
      [19, 1.5, 1],
      [3, 1.5, 2],
      [10, 3, 3],
      [0.8, 2, 4],
    ] as const) {
      const limiter = new RateLimiter(rate, burst, clock);
      const w = waiters(limiter);
      const random = seeded(seed);
      // Bursts of callers, quiet spells that fill the bucket again, and now and then a 429's pause.
      for (let step = 0; step < 200; step += 1) {
        if (random() < 0.5) w.add(1 + Math.floor(random() * 2 * rate));
        if (random() < 0.03) limiter.pause(Math.floor(random() * 2_000));
        await vi.advanceTimersByTimeAsync(Math.floor(random() * 400));
      }
      expect(w.busiestSecond(), `rate ${rate}, burst ${burst}`).toBeLessThanOrEqual(Math.floor(rate + burst));
    }
  });

  it('lets callers through in the order they asked, also those who come while others wait', async () => {
    const limiter = new RateLimiter(20, 1.5, clock);
    const w = waiters(limiter);
    w.add(10);
    await vi.advanceTimersByTimeAsync(120);
    w.add(5);
    limiter.pause(300);
    await vi.advanceTimersByTimeAsync(10);
    w.add(5);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(w.grants.map((g) => g.id)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('lets calls through at the configured rate and holds everyone during a pause', async () => {
    const limiter = new RateLimiter(20, 1, clock);
    let passed = 0;
    for (let i = 0; i < 6; i += 1) void limiter.acquire().then(() => (passed += 1));
    await vi.advanceTimersByTimeAsync(0);
    expect(passed).toBe(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(passed).toBe(3);
    limiter.pause(1_000);
    await vi.advanceTimersByTimeAsync(900);
    expect(passed).toBe(3);
    // Paused until t=1100, then one call per 50 ms again.
    await vi.advanceTimersByTimeAsync(150);
    expect(passed).toBe(5);
  });

  it('holds every caller until a Retry-After pause has passed, then goes on at the rate, not in a rush', async () => {
    const rate = 10;
    const limiter = new RateLimiter(rate, 1.5, clock);
    const w = waiters(limiter);
    const start = clock();
    w.add(60);
    await vi.advanceTimersByTimeAsync(500);
    const before = w.grants.length;
    expect(before).toBeGreaterThan(0);
    // A 429 at t=500 says: come back in two seconds. A shorter one meanwhile does not shorten it.
    limiter.pause(2_000);
    await vi.advanceTimersByTimeAsync(10);
    limiter.pause(100);
    // Callers who come during the pause wait for it too.
    await vi.advanceTimersByTimeAsync(290);
    w.add(5);
    await vi.advanceTimersByTimeAsync(1_699);
    expect(w.grants).toHaveLength(before);
    await vi.advanceTimersByTimeAsync(1);
    expect(w.grants.at(-1)!.at).toBe(start + 2_500);
    // The bucket refilled during the pause only up to its burst: after it, the second holds the rate plus that.
    await vi.advanceTimersByTimeAsync(4_000);
    for (const from of [2_500, 3_500, 4_500, 5_500]) {
      const inSecond = w.between(start + from, start + from + 1_000);
      expect(inSecond, `second from t=${from}`).toBeGreaterThanOrEqual(rate);
      expect(inSecond, `second from t=${from}`).toBeLessThanOrEqual(Math.floor(rate + 1.5));
    }
    expect(w.grants.map((g) => g.id)).toEqual(w.grants.map((_, i) => i));
  });

  it.each([0, -3, Number.POSITIVE_INFINITY, Number.NaN])('does not make anyone wait at a rate of %s', async (rate) => {
    const limiter = new RateLimiter(rate, 1.5, clock);
    let passed = 0;
    for (let i = 0; i < 1_000; i += 1) void limiter.acquire().then(() => (passed += 1));
    // Only the promises settle here: no time passes.
    await vi.advanceTimersByTimeAsync(0);
    expect(passed).toBe(1_000);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('lets every one of many callers through exactly once, pauses or not', async () => {
    const rate = 50;
    const limiter = new RateLimiter(rate, 1.5, clock);
    const w = waiters(limiter);
    const random = seeded(7);
    for (let round = 0; round < 40; round += 1) {
      w.add(1 + Math.floor(random() * 100));
      if (round % 9 === 4) limiter.pause(1_000);
      await vi.advanceTimersByTimeAsync(Math.floor(random() * 50));
    }
    const asked = w.asked;
    expect(asked).toBeGreaterThan(1_000);
    await vi.advanceTimersByTimeAsync(Math.ceil((asked / rate) * 1_000) + 10_000);
    // Everyone, once each, in the order they asked.
    expect(w.grants.map((g) => g.id)).toEqual(Array.from({ length: asked }, (_, i) => i));
    // Nothing is left waiting on a timer once the queue is empty.
    expect(vi.getTimerCount()).toBe(0);
  });
});
