import { z } from 'zod';

/** Throttling and faults, changeable while the sandbox runs (PUT /sandbox/faults). */
export const faultsSchema = z.object({
  /** Requests per second allowed per token on /v1 (0 = unlimited); beyond it: 429 with Retry-After. */
  rateLimitPerSecond: z.number().min(0).default(0),
  /**
   * Requests per minute per client (the identity of the token) on the Contact Center API (0 = unlimited);
   * the default is the documented limit of the Contact Center APIs: 300 per minute per client id.
   */
  ccRateLimitPerMinute: z.number().min(0).default(300),
  /** Seconds announced in Retry-After. */
  retryAfterSeconds: z.number().int().min(1).default(1),
  /** Share of /v1 and Contact Center requests answered with `errorStatus` (0..1). */
  errorRate: z.number().min(0).max(1).default(0),
  /** 4xx too: with `errorAfterWork`, a refusal answered although the write was applied. */
  errorStatus: z.number().int().min(400).max(599).default(500),
  /**
   * Injected errors are answered after the request was carried out (a write is applied, its answer lost
   * in a failure), instead of before it reaches the route.
   */
  errorAfterWork: z.boolean().default(false),
  /** Share of requests answered 429 regardless of the rate (0..1). */
  throttleRate: z.number().min(0).max(1).default(0),
  /** Added latency per request, in milliseconds. */
  latencyMs: z.number().int().min(0).default(0),
  /** Only requests whose "METHOD /path" matches this regular expression get the injected faults. */
  pathPattern: z.string().default(''),
  /** Seed of the random generator that decides which requests fail, for repeatable runs. */
  randomSeed: z.number().int().default(1),
});

export type Faults = z.output<typeof faultsSchema>;

export const NO_FAULTS: Faults = faultsSchema.parse({});

/** A small deterministic generator (mulberry32), so a given seed fails the same requests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sliding-window request counter per key. */
export class WindowCounter {
  private hits = new Map<string, number[]>();
  constructor(private readonly windowMs: number) {}

  /** Records a hit and says whether it is within `limit`; when not, how long until a slot frees. */
  tryHit(key: string, limit: number, now = Date.now()): { allowed: boolean; waitMs: number } {
    const list = (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (list.length >= limit) {
      this.hits.set(key, list);
      return { allowed: false, waitMs: this.windowMs - (now - list[0]!) };
    }
    list.push(now);
    this.hits.set(key, list);
    return { allowed: true, waitMs: 0 };
  }

  reset(): void {
    this.hits.clear();
  }
}
