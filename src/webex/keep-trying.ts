import type { Logger } from 'pino';

/**
 * Calls `fn` until it works, waiting longer after each failure (first, doubling, up to max), and
 * logs every failure. For what the bot cannot start without (who the bot is): a Webex that throttles
 * or fails at start delays the bot, it neither ends it nor leaves it hanging silently. A refused
 * credential (401/403) will not improve by waiting, so it ends the wait with its error.
 */
export async function keepTrying<T>(
  what: string,
  fn: () => Promise<T>,
  options: { logger: Logger; firstMs?: number; maxMs?: number; onFailure?: (problem: string) => void },
): Promise<T> {
  let wait = options.firstMs ?? 2_000;
  for (;;) {
    try {
      return await fn();
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 401 || status === 403) throw error;
      const problem = `${what} failed: ${(error as Error).message}`;
      options.onFailure?.(problem);
      options.logger.warn({ err: error, retryInMs: wait }, `${what} failed; trying again`);
      await new Promise((resolve) => setTimeout(resolve, wait));
      wait = Math.min(wait * 2, options.maxMs ?? 60_000);
    }
  }
}
