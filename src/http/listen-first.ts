import type { Server } from 'node:http';
import type { Logger } from 'pino';
import type { Ingress } from '../bot/ingress.js';
import type { Metrics } from './metrics.js';
import type { ReadinessResult } from './readiness.js';
import { createHttpApp, listen } from './server.js';

/**
 * The bot's HTTP server, listening before anything else starts: while Webex keeps the start waiting,
 * /healthz answers and /readyz says what the start waits for; once started, readiness and the
 * webhook ingress take over.
 */
export async function listenFirst(options: {
  webhookPath: string;
  port: number;
  bindHost: string;
  metrics: Pick<Metrics, 'inc' | 'render'>;
  logger: Logger;
  /** This replica's name, for /healthz. */
  replica?: string;
}): Promise<{
  server: Server;
  port: number;
  /** Why the start waits, shown at /readyz until `started`. */
  waiting(problem: string): void;
  started(parts: { ingress: Ingress; readiness: (org?: string) => Promise<ReadinessResult> }): void;
}> {
  const { metrics } = options;
  let waitingFor = 'starting: reading who the bot is from Webex';
  let parts: { ingress: Ingress; readiness: (org?: string) => Promise<ReadinessResult> } | undefined;
  const http = createHttpApp({
    webhookPath: options.webhookPath,
    receiveWebhook: (raw, signature) => {
      const verdict = parts ? parts.ingress.receiveWebhook(raw, signature) : 'not-listening';
      metrics.inc('wxcc_bot_webhook_deliveries_total', { verdict });
      return verdict;
    },
    readiness: async (org?: string) => (parts ? parts.readiness(org) : { ready: false, checks: { start: waitingFor } }),
    metrics: () => metrics.render(),
    logger: options.logger,
    ...(options.replica ? { replica: options.replica } : {}),
  });
  const { server, port } = await listen(http, options.port, options.bindHost);
  return {
    server,
    port,
    waiting: (problem) => {
      waitingFor = problem;
    },
    started: (started) => {
      parts = started;
    },
  };
}
