import type { NextFunction, Request, Response } from 'express';
import type { ApiName } from './api-middleware.js';
import { type Faults, faultsSchema, NO_FAULTS, seededRandom, WindowCounter } from './faults.js';
import { sendCcError, sendWebexError } from './http-helpers.js';

/** The faults in force (latency, rate limits, throttling, errors) and the middleware that applies them. */
export class FaultInjector {
  faults: Faults = NO_FAULTS;
  private random = seededRandom(NO_FAULTS.randomSeed);
  private readonly perSecond = new WindowCounter(1_000);
  private readonly perMinute = new WindowCounter(60_000);

  set(partial: Partial<Faults>): Faults {
    this.faults = faultsSchema.parse({ ...this.faults, ...partial });
    this.random = seededRandom(this.faults.randomSeed);
    this.perSecond.reset();
    this.perMinute.reset();
    return this.faults;
  }

  clear(): void {
    this.faults = NO_FAULTS;
    this.random = seededRandom(NO_FAULTS.randomSeed);
    this.perSecond.reset();
    this.perMinute.reset();
  }

  middleware(api: ApiName) {
    return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
      const f = this.faults;
      const token = (req.get('authorization') ?? '').slice(7);
      const route = `${req.method} ${req.baseUrl}${req.path}`;
      const targeted = f.pathPattern === '' || new RegExp(f.pathPattern).test(route);
      if (targeted && f.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, f.latencyMs));
      const reject = (status: number, reason: string, retryAfter?: number): void => {
        if (api === 'webex')
          sendWebexError(res, status, reason, retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter });
        else sendCcError(res, status, reason, retryAfter);
      };
      if (api === 'webex' && f.rateLimitPerSecond > 0) {
        const verdict = this.perSecond.tryHit(token, f.rateLimitPerSecond);
        if (!verdict.allowed) {
          reject(
            429,
            'Too Many Requests. Please retry after the time given in the Retry-After header.',
            Math.max(f.retryAfterSeconds, Math.ceil(verdict.waitMs / 1000)),
          );
          return;
        }
      }
      if (api === 'contact-center' && f.ccRateLimitPerMinute > 0) {
        // developer.webex.com's rate-limiting page: 300 requests per minute per client id for the Contact
        // Center APIs. A client's tokens (a Service App's refreshed ones too) share its allowance: the key
        // is the identity the token belongs to.
        const client = (res.locals as { actor?: { id: string } }).actor?.id ?? token;
        const verdict = this.perMinute.tryHit(client, f.ccRateLimitPerMinute);
        if (!verdict.allowed) {
          reject(
            429,
            'Too many requests for this client.',
            Math.max(f.retryAfterSeconds, Math.ceil(verdict.waitMs / 1000)),
          );
          return;
        }
      }
      if (targeted && f.throttleRate > 0 && this.random() < f.throttleRate) {
        // Told apart from the per-token limit's 429 above, so a test can say which one it met.
        reject(
          429,
          'Too Many Requests. Please retry after the time given in the Retry-After header (injected by the sandbox).',
          f.retryAfterSeconds,
        );
        return;
      }
      if (targeted && f.errorRate > 0 && this.random() < f.errorRate) {
        const text = 'An unexpected error occurred in the service (injected by the sandbox).';
        if (!f.errorAfterWork) {
          reject(f.errorStatus, text);
          return;
        }
        // The route does its work; whatever it answers is replaced by the error.
        const { json, end } = res;
        const answerError = (): Response => {
          res.json = json;
          res.end = end;
          reject(f.errorStatus, text);
          return res;
        };
        res.json = answerError as Response['json'];
        res.end = answerError as Response['end'];
      }
      next();
    };
  }
}
