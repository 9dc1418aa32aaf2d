/** How Webex events reach the bot: signed webhook deliveries, or the bot framework's websocket. */
export type WebhookVerdict = 'accepted' | 'bad-signature' | 'not-json' | 'not-listening';

export interface Ingress {
  readonly mode: 'webhook' | 'websocket';
  /** Starts listening. Webex failing or throttling never makes it throw or hang: it keeps trying. */
  start(): Promise<void>;
  /** Stops listening and waits for the events in hand. */
  stop(): Promise<void>;
  /** A webhook delivery: verified, acknowledged at once, handled after. */
  receiveWebhook(rawBody: Buffer, signature: string | undefined): WebhookVerdict;
  /** Whether the bot can hear its spaces (its webhooks registered and active, or its websocket up). */
  webhooksRegistered(): Promise<{ ok: boolean; problem?: string }>;
}
