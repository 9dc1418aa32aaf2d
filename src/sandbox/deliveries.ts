import { createHmac } from 'node:crypto';
import type { WebhookRecord } from './model.js';
import type { SandboxState } from './state.js';

export interface WebhookEvent {
  resource: 'messages' | 'memberships' | 'rooms' | 'attachmentActions';
  event: 'created' | 'updated' | 'deleted';
  actorId: string;
  data: Record<string, unknown>;
  /** Whether the owner of a webhook may hear this event (membership, bot mention rules). */
  audience: (ownerId: string) => boolean;
}

export interface DeliveryRecord {
  webhookId: string;
  targetUrl: string;
  resource: string;
  event: string;
  status: number | 'network-error';
  at: string;
}

/** What Webex posts to a webhook's target URL for an event (before it is serialised and signed). */
export function deliveryBody(
  hook: WebhookRecord,
  event: Pick<WebhookEvent, 'resource' | 'event' | 'actorId' | 'data'>,
  orgId: string,
): Record<string, unknown> {
  return {
    id: hook.id,
    name: hook.name,
    targetUrl: hook.targetUrl,
    resource: event.resource,
    event: event.event,
    ...(hook.filter ? { filter: hook.filter } : {}),
    orgId,
    createdBy: hook.ownerId,
    appId: 'Y2lzY29zcGFyazovL3VzL0FQUExJQ0FUSU9OL3NhbmRib3g',
    ownedBy: 'creator',
    status: hook.status,
    created: hook.created,
    actorId: event.actorId,
    data: event.data,
  };
}

/** Consecutive failed deliveries after which a webhook turns inactive, as Webex does. */
export const FAILURES_BEFORE_INACTIVE = 5;
const DELIVERY_TIMEOUT_MS = 5_000;
const RETRY_DELAYS_MS = [200, 1_000];

/**
 * Sends webhook deliveries: compact JSON, signed with X-Spark-Signature (hex HMAC-SHA1 of the body
 * with the webhook's secret), echoing the webhook's name. Each event is tried a few times; a webhook
 * whose deliveries keep failing is marked inactive.
 */
export class WebhookDispatcher {
  readonly log: DeliveryRecord[] = [];
  private inFlight = new Set<Promise<void>>();

  constructor(private readonly state: SandboxState) {}

  emit(event: WebhookEvent): void {
    for (const hook of this.state.webhooks.values()) {
      if (hook.status !== 'active') continue;
      if (!resourceMatches(hook, event)) continue;
      if (!filterMatches(hook, event)) continue;
      if (!event.audience(hook.ownerId)) continue;
      const owner = this.state.people.get(hook.ownerId);
      const body = deliveryBody(hook, event, owner?.orgId ?? this.state.orgId);
      const task = this.deliver(hook, JSON.stringify(body)).finally(() => this.inFlight.delete(task));
      this.inFlight.add(task);
    }
  }

  /** Resolves when every delivery started so far has finished (tests and reset use it). */
  async settle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private async deliver(hook: WebhookRecord, payload: string): Promise<void> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'Webex-Sandbox-Webhooks/1.0',
    };
    if (hook.secret) headers['x-spark-signature'] = createHmac('sha1', hook.secret).update(payload).digest('hex');
    for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt += 1) {
      let status: number | 'network-error';
      try {
        const response = await fetch(hook.targetUrl, {
          method: 'POST',
          headers,
          body: payload,
          signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
        });
        await response.arrayBuffer();
        status = response.status;
      } catch {
        status = 'network-error';
      }
      const parsed = JSON.parse(payload) as { resource: string; event: string };
      this.log.push({
        webhookId: hook.id,
        targetUrl: hook.targetUrl,
        resource: parsed.resource,
        event: parsed.event,
        status,
        at: new Date().toISOString(),
      });
      if (this.log.length > 1000) this.log.splice(0, this.log.length - 1000);
      if (typeof status === 'number' && status >= 200 && status < 300) {
        hook.consecutiveFailures = 0;
        return;
      }
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined) break;
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (!this.state.webhooks.has(hook.id)) return;
    }
    hook.consecutiveFailures += 1;
    if (hook.consecutiveFailures >= FAILURES_BEFORE_INACTIVE) hook.status = 'inactive';
  }
}

function resourceMatches(hook: WebhookRecord, event: WebhookEvent): boolean {
  // The "firehose" (resource all) does not carry card submissions: those need their own webhook.
  const resourceOk =
    hook.resource === event.resource || (hook.resource === 'all' && event.resource !== 'attachmentActions');
  return resourceOk && (hook.event === event.event || hook.event === 'all');
}

function filterMatches(hook: WebhookRecord, event: WebhookEvent): boolean {
  if (!hook.filter) return true;
  for (const clause of hook.filter.split('&')) {
    const [key, value] = clause.split('=') as [string, string | undefined];
    if (value === undefined) continue;
    const actual = event.data[key];
    if (key === 'mentionedPeople') {
      const wanted = value === 'me' ? hook.ownerId : value;
      if (!Array.isArray(actual) || !actual.includes(wanted)) return false;
    } else if (key === 'hasFiles') {
      const has = Array.isArray(event.data.files) && event.data.files.length > 0;
      if (String(has) !== value) return false;
    } else if (String(actual ?? '') !== decodeURIComponent(value)) {
      return false;
    }
  }
  return true;
}
