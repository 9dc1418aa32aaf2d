import type { Logger } from 'pino';
import { WebexApiError } from '../webex/errors.js';

export interface OutageWaitOptions {
  /** First wait before Webex is probed; each unanswered probe doubles it, up to `maxMs`. */
  firstMs: number;
  maxMs: number;
  /** A read that tells whether Webex answers again (it throws while it does not). */
  probe: () => Promise<unknown>;
  /** Whether the job is to stop waiting anyway (shutdown, cancel). */
  shouldEnd: () => Promise<boolean>;
  sleep: (ms: number) => Promise<void>;
  log: Logger;
}

/**
 * A job's wait while Webex does not answer. Every worker that meets the outage waits on the same
 * pause; the pause probes Webex after a growing wait and ends when a probe is answered (or the job
 * stops), so a long outage costs a few probes instead of failing users.
 */
export class OutageWait {
  private pause: Promise<void> | undefined;
  private waitMs: number;

  constructor(private readonly options: OutageWaitOptions) {
    this.waitMs = options.firstMs;
  }

  /** The pause under way, if any: a worker waits for it before it takes the next user. */
  get current(): Promise<void> | undefined {
    return this.pause;
  }

  /** Starts the pause (or joins the one under way) and resolves when the job may go on. */
  begin(): Promise<void> {
    this.pause ??= this.wait().finally(() => {
      this.pause = undefined;
    });
    return this.pause;
  }

  /** Webex answered for a user: a later outage starts again from the first wait. */
  answered(): void {
    this.waitMs = this.options.firstMs;
  }

  private async wait(): Promise<void> {
    const { log } = this.options;
    for (;;) {
      log.warn({ waitMs: this.waitMs }, 'Webex is not answering; the job waits and then tries again');
      await this.options.sleep(this.waitMs);
      this.waitMs = Math.min(this.waitMs * 2, this.options.maxMs);
      if (await this.options.shouldEnd()) return;
      try {
        await this.options.probe();
        log.info('Webex answers again; the job goes on');
        return;
      } catch (error) {
        // An answer, even a refusal, means Webex is there: the users themselves say what is wrong.
        if (error instanceof WebexApiError && !error.retryable) return;
        log.warn({ err: error }, 'Webex still does not answer');
      }
    }
  }
}
