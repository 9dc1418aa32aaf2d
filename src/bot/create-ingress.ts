import type { Logger } from 'pino';
import type { Person } from '../webex/types.js';
import type { WebexClient } from '../webex/webex-client.js';
import type { BotEvent } from './events.js';
import type { Ingress } from './ingress.js';
import { WebhookIngress } from './webhook-ingress.js';
import { WebsocketIngress } from './websocket-ingress.js';

/** Webhook mode when the bot has a public URL and a secret, the framework's websocket otherwise. */
export function createIngress(options: {
  botToken: string;
  webexApiBaseUrl: string;
  webhook: { publicUrl: string; secret: string } | undefined;
  botClient: WebexClient;
  bot: Person;
  logger: Logger;
  onEvent: (event: BotEvent) => Promise<void>;
  retryMs?: { first: number; max: number } | undefined;
  /** Several replicas: the webhook registration runs under this (one replica at a time). */
  exclusive?: (<T>(work: () => Promise<T>) => Promise<T>) | undefined;
}): Ingress {
  const { logger, onEvent } = options;
  const retry = options.retryMs ? { retryMs: options.retryMs } : {};
  if (options.webhook) {
    const { publicUrl, secret } = options.webhook;
    return new WebhookIngress({
      botClient: options.botClient,
      bot: options.bot,
      publicUrl,
      secret,
      logger,
      onEvent,
      ...retry,
      ...(options.exclusive ? { exclusive: options.exclusive } : {}),
    });
  }
  return new WebsocketIngress({
    botToken: options.botToken,
    webexApiBaseUrl: options.webexApiBaseUrl,
    logger,
    onEvent,
    ...retry,
  });
}
