import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Logger } from 'pino';
import type { WebhookVerdict } from '../bot/ingress.js';

export interface HttpDeps {
  webhookPath: string;
  receiveWebhook: (rawBody: Buffer, signature: string | undefined) => WebhookVerdict;
  /** The deployment's readiness, or one organization's (`/readyz?org=<key>`). */
  readiness: (org?: string) => Promise<{ ready: boolean; checks: Record<string, string> }>;
  /** This replica's name, said by /healthz. */
  replica?: string;
  /** The Prometheus text for `/metrics`. */
  metrics: () => Promise<string>;
  logger: Logger;
}

/** Webex posts small JSON envelopes; anything larger is not a delivery. */
const MAX_DELIVERY_BYTES = 1024 * 1024;

const STATUS_OF: Record<Exclude<WebhookVerdict, 'accepted'>, number> = {
  'bad-signature': 401,
  'not-json': 400,
  'not-listening': 503,
};

/**
 * The webhook endpoint, on the bare HTTP server: read the raw body, let the adapter check the
 * signature, answer. It is the busiest path of the bot (Webex waits for each answer, and bursts come
 * while imports run), so it skips the web framework's routing and body parsing.
 */
function webhookListener(deps: HttpDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_DELIVERY_BYTES) {
        res.writeHead(413, { 'content-type': 'text/plain' }).end('too large');
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (res.writableEnded) return;
      const signature = req.headers['x-spark-signature'];
      const verdict = deps.receiveWebhook(
        Buffer.concat(chunks, size),
        Array.isArray(signature) ? signature[0] : signature,
      );
      if (verdict === 'accepted') {
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': 2 }).end('OK');
        return;
      }
      deps.logger.warn({ verdict, from: req.socket.remoteAddress }, 'webhook delivery rejected');
      res.writeHead(STATUS_OF[verdict], { 'content-type': 'text/plain' }).end(verdict);
    });
  };
}

/** The bot's own HTTP server: the webhook endpoint (answered at once, work happens later) and health. */
export function createHttpApp(deps: HttpDeps): RequestListener {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    // Behind a load balancer, which replica answered (REPLICA_ID).
    res.json({ status: 'ok', ...(deps.replica ? { replica: deps.replica } : {}) });
  });
  app.get('/readyz', async (req, res) => {
    const org = typeof req.query.org === 'string' ? req.query.org : undefined;
    const result = await deps.readiness(org);
    res.status(result.ready ? 200 : 503).json(result);
  });
  app.get('/metrics', async (_req, res) => {
    const text = await deps.metrics();
    res.type('text/plain; version=0.0.4; charset=utf-8').send(text);
  });
  const webhook = webhookListener(deps);
  return (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method === 'POST' && path === deps.webhookPath) webhook(req, res);
    else app(req, res);
  };
}

export async function listen(
  handler: RequestListener,
  port: number,
  host: string,
): Promise<{ server: Server; port: number }> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return { server, port: (server.address() as AddressInfo).port };
}

export async function close(server: Server): Promise<void> {
  server.closeIdleConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
