import type { Limiter } from './limiter.js';

/**
 * One token bucket shared by everything that calls an API with the same credential: every job of the
 * process waits its turn here, and a 429 pauses all of them until Retry-After has passed.
 */
export class RateLimiter implements Limiter {
  private tokens: number;
  private last: number;
  private pausedUntil = 0;
  private queue: (() => void)[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly perSecond: number,
    // Barely a burst: Webex counts requests in a sliding window, so a burst on top of the steady rate
    // would run into 429s (and a lost second each time) exactly when the bot is busiest. Half a token
    // more than one keeps what a late timer would otherwise lose, and still never lets more than
    // floor(rate + 1.5) requests into any one second: configured one request/s under Webex's limit,
    // the bot uses the limit and never passes it.
    private readonly burst = 1.5,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = this.burst;
    this.last = now();
  }

  /** Waits until a request may be sent. */
  acquire(): Promise<void> {
    if (!Number.isFinite(this.perSecond) || this.perSecond <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      this.queue.push(resolve);
      this.drain();
    });
  }

  /** Called on a 429: nobody sends before `ms` from now. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
    this.tokens = 0;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
  }

  private drain(): void {
    if (this.timer) return;
    this.refill();
    const now = this.now();
    while (this.queue.length > 0 && now >= this.pausedUntil && this.tokens >= 1) {
      this.tokens -= 1;
      this.queue.shift()!();
    }
    if (this.queue.length === 0) return;
    const waitForPause = Math.max(0, this.pausedUntil - now);
    const waitForToken = this.tokens >= 1 ? 0 : ((1 - this.tokens) / this.perSecond) * 1000;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.drain();
      },
      Math.max(waitForPause, waitForToken, 1),
    );
  }
}
