import { RateLimiter } from './rate-limiter.js';

/** What a client waits on before each request to an API, and tells of a 429. */
export interface Limiter {
  /** Waits until a request may be sent. */
  acquire(): Promise<void>;
  /** Called on a 429: nobody sends before `ms` from now. */
  pause(ms: number): void;
}

/** Makes the limiter of each credential: in this process alone, or shared by every replica. */
export interface Limits {
  /**
   * The limiter of one credential. `identity` names the credential (the bot token, or an organization's
   * key and client id): a shared limiter keeps only a hash of it.
   */
  limiter(identity: string, perSecond: number): Limiter;
  close(): Promise<void>;
}

/** The embedded default: one token bucket per credential in this process. */
export const localLimits: Limits = {
  limiter: (_identity, perSecond) => new RateLimiter(perSecond),
  close: () => Promise.resolve(),
};
