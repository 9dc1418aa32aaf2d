import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Logger } from 'pino';
import type { WebhookVerdict } from '../bot/framework-adapter.js';

export interface HttpDeps {
  webhookPath: string;
  receiveWebhook: (rawBody: Buffer, signature: string | undefined) => WebhookVerdict;
  readiness: () => Promise<{ ready: boolean; checks: Record<string, string> }>;
  logger: Logger;
}

/** The bot's own HTTP server: the webhook endpoint (answered at once, work happens later) and health. */
export function createHttpApp(deps: HttpDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.post(deps.webhookPath, express.raw({ type: () => true, limit: '1mb' }), (req, res) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const verdict = deps.receiveWebhook(raw, req.get('x-spark-signature'));
    if (verdict === 'accepted') {
      res.status(200).send('OK');
      return;
    }
    deps.logger.warn({ verdict, from: req.ip }, 'webhook delivery rejected');
    res.status(verdict === 'bad-signature' ? 401 : verdict === 'not-json' ? 400 : 503).send(verdict);
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const result = await deps.readiness();
    res.status(result.ready ? 200 : 503).json(result);
  });
  return app;
}

export async function listen(app: express.Express, port: number, host: string): Promise<{ server: Server; port: number }> {
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  return { server, port: (server.address() as AddressInfo).port };
}

export async function close(server: Server): Promise<void> {
  server.closeIdleConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
