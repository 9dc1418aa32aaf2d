import type { WebhookStatus } from '../http/readiness.js';

/**
 * The framework finishes registering its webhooks after its start resolves: asks until they are
 * really there, or the time is up (then the last answer says what is missing).
 */
export async function awaitWebhooks(
  adapter: { webhooksRegistered(): Promise<WebhookStatus> },
  timeoutMs: number,
  pollMs = 200,
): Promise<WebhookStatus> {
  const deadline = Date.now() + timeoutMs;
  let status = await adapter.webhooksRegistered();
  while (!status.ok && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    status = await adapter.webhooksRegistered();
  }
  return status;
}
