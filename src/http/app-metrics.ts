import type { SyncStore } from '../contact-center/sync-ports.js';
import type { JobStore } from '../jobs/ports.js';
import type { AdminCredential } from '../webex/admin-credential.js';
import type { HttpClientOptions } from '../webex/http-client.js';
import { Metrics, type Sample } from './metrics.js';

export type OnResponse = NonNullable<HttpClientOptions['onResponse']>;

/** The counters the bot increments as it works; the gauges are added once their sources exist. */
export function createAppMetrics(): {
  metrics: Metrics;
  /** Counts the answers a client gets, to hand to that client. */
  counted: (client: string, api: 'webex' | 'contact-center', org?: string) => OnResponse;
} {
  const metrics = new Metrics();
  metrics.counter(
    'wxcc_bot_api_requests_total',
    'Answers from Webex and the Contact Center API, by client and HTTP status ("error": no answer).',
  );
  metrics.counter(
    'wxcc_bot_api_rate_limited_total',
    'Answers 429 (too many requests) by client; each was waited out and retried.',
  );
  metrics.counter('wxcc_bot_webhook_deliveries_total', 'Webhook deliveries received, by verdict.');
  const counted =
    (client: string, api: 'webex' | 'contact-center', org?: string): OnResponse =>
    (info) => {
      // With several organizations, each one's calls are counted apart.
      const labels: Record<string, string> = org ? { api, client, org } : { api, client };
      metrics.inc('wxcc_bot_api_requests_total', { ...labels, status: String(info.status) });
      if (info.status === 429) metrics.inc('wxcc_bot_api_rate_limited_total', labels);
    };
  return { metrics, counted };
}

/** Every key gets a sample, 0 when absent: a dashboard sees a state drop to 0 rather than vanish. */
const byKey = (name: string, counts: Record<string, number>, keys: readonly string[], org?: string): Sample[] =>
  keys.map((k) => ({ labels: { ...(org ? { org } : {}), [name]: k }, value: counts[k] ?? 0 }));

/** One organization's sources; `key` labels its samples when the deployment serves several. */
export interface OrgGaugeSources {
  key?: string;
  store: Pick<JobStore, 'tallies'>;
  syncStore: Pick<SyncStore, 'tallies'>;
  credential: Pick<AdminCredential, 'problem' | 'expiresAt'>;
}

/** The gauges read at scrape time: jobs, records, synchronisation states, the admin credential, readiness. */
export function addAppGauges(
  metrics: Metrics,
  sources: {
    orgs: OrgGaugeSources[];
    ready: () => boolean;
    /**
     * This replica's name. `labelled` (several replicas: DATABASE_URL): its readiness carries it as a label, so
     * the replicas' series stay apart where a scraper does not add its own instance label.
     */
    replica: { id: string; labelled: boolean };
  },
): void {
  const each = async (sample: (o: OrgGaugeSources) => Promise<Sample[]> | Sample[]) =>
    (await Promise.all(sources.orgs.map(sample))).flat();
  const orgLabel = (o: OrgGaugeSources): Record<string, string> => (o.key ? { org: o.key } : {});
  metrics.gauge('wxcc_bot_jobs', 'Jobs in the store, by state.', () =>
    each(async (o) =>
      byKey(
        'state',
        (await o.store.tallies()).jobs,
        ['previewed', 'queued', 'running', 'done', 'cancelled', 'expired'],
        o.key,
      ),
    ),
  );
  metrics.gauge('wxcc_bot_records', 'Users of all jobs, by outcome (pending and in_flight while not done).', () =>
    each(async (o) =>
      byKey(
        'outcome',
        (await o.store.tallies()).records,
        ['pending', 'in_flight', 'created', 'updated', 'unchanged', 'failed'],
        o.key,
      ),
    ),
  );
  metrics.gauge('wxcc_bot_sync_users', 'Users by the state of their latest Contact Center synchronisation check.', () =>
    each(async (o) => byKey('state', (await o.syncStore.tallies()).users, ['pending', 'synced', 'invalid'], o.key)),
  );
  metrics.gauge('wxcc_bot_sync_alerts', 'Synchronisation alerts, by state.', () =>
    each(async (o) => byKey('state', (await o.syncStore.tallies()).alerts, ['open', 'resolved', 'dismissed'], o.key)),
  );
  metrics.gauge(
    'wxcc_bot_admin_credential_usable',
    '1 while the admin access token works and its renewal is not failing.',
    () =>
      each(({ credential, ...o }) => [
        {
          labels: orgLabel({ ...o, credential }),
          value:
            credential.problem || (credential.expiresAt !== undefined && credential.expiresAt <= Date.now()) ? 0 : 1,
        },
      ]),
  );
  metrics.gauge(
    'wxcc_bot_admin_credential_expiry_seconds',
    'Seconds until the admin access token expires (absent when unknown).',
    () =>
      each((o) =>
        o.credential.expiresAt === undefined
          ? []
          : [{ labels: orgLabel(o), value: Math.round((o.credential.expiresAt - Date.now()) / 1000) }],
      ),
  );
  const { replica } = sources;
  const readyLabels: Record<string, string> = replica.labelled ? { replica: replica.id } : {};
  metrics.gauge('wxcc_bot_ready', '1 when the last readiness check passed.', () => [
    { labels: readyLabels, value: sources.ready() ? 1 : 0 },
  ]);
  metrics.gauge('wxcc_bot_replica_info', 'Always 1; its label names the replica that answered this scrape.', () => [
    { labels: { replica: replica.id }, value: 1 },
  ]);
}
