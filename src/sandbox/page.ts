import type { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';

const require = createRequire(import.meta.url);
const ADAPTIVE_CARDS_JS = require.resolve('adaptivecards/dist/adaptivecards.min.js');
// The page's files sit beside this module in src/; a compiled build (dist/src/sandbox) reads them from src/.
const UI_DIR =
  [new URL('./ui/', import.meta.url), new URL('../../../src/sandbox/ui/', import.meta.url)]
    .map((u) => fileURLToPath(u))
    .find((dir) => existsSync(dir)) ?? fileURLToPath(new URL('./ui/', import.meta.url));

/**
 * The browser page (`/ui/`), its Adaptive Cards renderer, and the live change feed it listens to
 * (server-sent events: one 'change' event after each burst of changes).
 */
export function pageRouter(changes: EventEmitter): Router {
  const router = express.Router();
  router.get('/', (_req, res) => res.redirect('/ui/'));
  router.get('/favicon.ico', (_req, res) => res.status(204).end());
  router.get('/ui/vendor/adaptivecards.js', (_req, res) => res.sendFile(ADAPTIVE_CARDS_JS));
  router.use('/ui', express.static(UI_DIR, { index: 'index.html', maxAge: 0 }));
  router.get('/sandbox/events', (req, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
    });
    res.write('retry: 1000\n\n');
    const send = () => res.write(`event: change\ndata: ${Date.now()}\n\n`);
    const ping = setInterval(() => res.write(': ping\n\n'), 15_000);
    changes.on('change', send);
    req.on('close', () => {
      clearInterval(ping);
      changes.off('change', send);
    });
  });
  return router;
}
