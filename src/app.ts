import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { Authorizer } from './bot/authorize.js';
import { Bot } from './bot/bot.js';
import { languageCommand } from './bot/commands/language.js';
import { licensesCommand } from './bot/commands/licenses.js';
import { CredentialReporter } from './bot/credential-reporter.js';
import {
  cancelCommand,
  exportCommand,
  type ImportsDeps,
  importCardActions,
  importCommand,
  taskCommand,
  tasksCommand,
  uploadHandler,
} from './bot/flows/imports.js';
import { syncCardActions, syncCommand } from './bot/flows/sync.js';
import { addCommand, historyCommand, modifyCommand, usersCardActions } from './bot/flows/users.js';
import { FrameworkAdapter } from './bot/framework-adapter.js';
import { JobReporter } from './bot/job-reporter.js';
import { SyncReporter } from './bot/sync-reporter.js';
import type { AllowedActors, SyncConfig } from './config.js';
import { ContactCenterClient } from './contact-center/cc-client.js';
import { SyncEngine } from './contact-center/sync-engine.js';
import { DEFAULT_SYNC_SETTINGS } from './contact-center/sync-settings.js';
import { EndpointSyncTrigger, ManualSyncTrigger } from './contact-center/sync-trigger.js';
import { Metrics } from './http/metrics.js';
import { close, createHttpApp, listen } from './http/server.js';
import type { Lang } from './i18n/translate.js';
import { SqliteTokenVault } from './jobs/credential-vault.js';
import { JobRunner } from './jobs/runner.js';
import { JobStore } from './jobs/store.js';
import { SyncStore } from './jobs/sync-store.js';
import { type AdminCredential, RefreshingCredential, StaticCredential } from './webex/admin-credential.js';
import { ApiHttpClient, type HttpClientOptions } from './webex/http-client.js';
import { hydraKey } from './webex/hydra-id.js';
import { RateLimiter } from './webex/rate-limiter.js';
import { WebexClient } from './webex/webex-client.js';

/**
 * The admin credential: renewed with its refresh token (the newest pair sealed in the store) when a
 * Service App's client is configured, the pasted token as it is otherwise.
 */
async function adminCredential(
  config: RuntimeConfig,
  store: JobStore,
  botClient: WebexClient,
  logger: Logger,
  onResponse: OnResponse,
): Promise<AdminCredential> {
  if (!config.adminRefresh) {
    if (!config.adminToken) throw new Error('No admin credential: give adminToken or adminRefresh');
    return new StaticCredential(config.adminToken);
  }
  const { clientId, clientSecret, refreshToken } = config.adminRefresh;
  const credential = new RefreshingCredential({
    // The token endpoint takes the client's id and secret, no bearer token; a few tries on 5xx.
    http: new ApiHttpClient({ api: 'webex', baseUrl: config.webexApiBaseUrl, logger, maxAttempts: 3, onResponse }),
    clientId,
    clientSecret,
    refreshToken,
    ...(config.adminToken ? { accessToken: config.adminToken } : {}),
    vault: new SqliteTokenVault(store.database, {
      name: 'admin',
      clientSecret,
      configuredRefreshToken: refreshToken,
      logger,
    }),
    listener: new CredentialReporter({
      botClient,
      adminRoomIds: config.adminRoomIds,
      language: config.defaultLanguage ?? 'en',
      logger,
    }),
    logger,
    ...config.adminRenewal,
  });
  await credential.start();
  return credential;
}

/** Configuration with everything resolved (in sandbox mode, filled in from the running sandbox). */
export interface RuntimeConfig {
  botToken: string;
  /** A pasted admin access token; with `adminRefresh`, used until the first renewal. One of the two is needed. */
  adminToken?: string;
  /** A Service App's (or integration's) OAuth client and refresh token: the bot renews its access token. */
  adminRefresh?: { clientId: string; clientSecret: string; refreshToken: string };
  /** Pacing of the renewals (tests): share of the lifetime left when renewing, retry wait after a failure. */
  adminRenewal?: { renewAtRemaining?: number; retryMs?: number; retryMaxMs?: number };
  webexApiBaseUrl: string;
  ccApiBaseUrl: string;
  /** Webhook mode: the secret, the local path, and the public URL (default: this server's loopback address). */
  webhook: { secret: string; path: string; publicUrl?: string } | undefined;
  adminRoomIds: string[];
  allowedActors: AllowedActors;
  port: number;
  bindHost: string;
  dataDir: string;
  webexRequestsPerSecond: number;
  ccRequestsPerMinute?: number;
  /** Users provisioned at the same time within one job. */
  jobConcurrency?: number;
  /** How long to wait at start for the webhooks to be confirmed. */
  readinessTimeoutMs?: number;
  /** How long a readiness answer is reused before Webex is asked again. */
  readinessCacheMs?: number;
  /** The organisation's language, for people who did not choose one (`language pt-BR`). Default: English. */
  defaultLanguage?: Lang;
  /** The Contact Center synchronisation checks (default: manual mode, default settings). */
  sync?: Partial<Omit<SyncConfig, 'settings'>> & { settings?: Partial<SyncConfig['settings']> };
  /** The clock of the synchronisation checks (default: the system clock); a test moves it forward. */
  syncClock?: () => number;
}

export interface RunningApp {
  url: string;
  webhookUrl: string | undefined;
  botClient: WebexClient;
  adminClient: WebexClient;
  adapter: FrameworkAdapter;
  store: JobStore;
  runner: JobRunner;
  sync: SyncEngine;
  /** True once the webhooks were confirmed registered. */
  ready: boolean;
  readiness(): Promise<{ ready: boolean; checks: Record<string, string> }>;
  stop(): Promise<void>;
}

type OnResponse = NonNullable<HttpClientOptions['onResponse']>;

function webexClient(
  baseUrl: string,
  credential: AdminCredential,
  perSecond: number,
  logger: Logger,
  onResponse: OnResponse,
): WebexClient {
  return new WebexClient(
    new ApiHttpClient({
      api: 'webex',
      baseUrl,
      token: () => credential.token(),
      onUnauthorized: (used) => credential.unauthorized(used),
      limiter: new RateLimiter(perSecond),
      logger,
      onResponse,
    }),
  );
}

/** The counters the bot increments as it works; the gauges are added where their sources are. */
function createMetrics(): {
  metrics: Metrics;
  counted: (client: string, api: 'webex' | 'contact-center') => OnResponse;
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
    (client: string, api: 'webex' | 'contact-center'): OnResponse =>
    (info) => {
      metrics.inc('wxcc_bot_api_requests_total', { api, client, status: String(info.status) });
      if (info.status === 429) metrics.inc('wxcc_bot_api_rate_limited_total', { api, client });
    };
  return { metrics, counted };
}

/** Composes the bot: clients, authorisation, conversation, framework adapter and HTTP server. */
export async function startApp(config: RuntimeConfig, logger: Logger): Promise<RunningApp> {
  const { metrics, counted } = createMetrics();
  const botClient = webexClient(
    config.webexApiBaseUrl,
    new StaticCredential(config.botToken),
    config.webexRequestsPerSecond,
    logger.child({ client: 'bot' }),
    counted('bot', 'webex'),
  );
  const botPerson = await botClient.me();
  const store = new JobStore(config.dataDir);
  const defaultLanguage = config.defaultLanguage ?? 'en';
  const credential = await adminCredential(
    config,
    store,
    botClient,
    logger.child({ part: 'credential' }),
    counted('token', 'webex'),
  );
  const adminClient = webexClient(
    config.webexApiBaseUrl,
    credential,
    config.webexRequestsPerSecond,
    logger.child({ client: 'admin' }),
    counted('admin', 'webex'),
  );
  const authorizer = new Authorizer({
    adminRoomIds: config.adminRoomIds,
    allowedActors: config.allowedActors,
    botClient,
    adminClient,
    logger,
  });
  const languageOf = (email: string): Lang => store.language(email) ?? defaultLanguage;
  // The organisation, as the admin credential sees it: looked up once (again after a failure), for
  // the Contact Center API's paths and the alerts' support text.
  let org: Promise<{ orgId: string; orgUuid: string }> | undefined;
  const organisation = (): Promise<{ orgId: string; orgUuid: string }> => {
    org ??= adminClient
      .me()
      .then((me) => ({ orgId: me.orgId, orgUuid: hydraKey(me.orgId, 'ORGANIZATION') ?? me.orgId }));
    org.catch(() => (org = undefined));
    return org;
  };
  const ccHttp = new ApiHttpClient({
    api: 'contact-center',
    baseUrl: config.ccApiBaseUrl,
    token: () => credential.token(),
    onUnauthorized: (used) => credential.unauthorized(used),
    onResponse: counted('admin', 'contact-center'),
    limiter: new RateLimiter((config.ccRequestsPerMinute ?? 300) / 60),
    logger: logger.child({ client: 'contact-center' }),
  });
  const ccClient = new ContactCenterClient(ccHttp, () => organisation().then((o) => o.orgUuid));
  const syncStore = new SyncStore(store.database);
  const sync = new SyncEngine({
    store: syncStore,
    cc: ccClient,
    trigger:
      config.sync?.mode === 'endpoint' && config.sync.endpointUrl
        ? new EndpointSyncTrigger(ccHttp, config.sync.endpointUrl)
        : new ManualSyncTrigger(),
    listener: new SyncReporter({
      botClient,
      organisation,
      store: syncStore,
      logger: logger.child({ part: 'sync' }),
      languageOf,
      defaultLanguage,
    }),
    logger: logger.child({ part: 'sync' }),
    settings: { ...DEFAULT_SYNC_SETTINGS, ...config.sync?.settings },
    now: config.syncClock,
  });
  const reporter = new JobReporter({
    botClient,
    adminClient,
    store,
    logger,
    dataDir: config.dataDir,
    sync,
    languageOf,
  });
  const runner = new JobRunner({
    store,
    api: adminClient,
    listener: reporter,
    logger,
    concurrency: config.jobConcurrency ?? 4,
    credential,
  });
  const imports: ImportsDeps = { botClient, adminClient, ccClient, store, runner, dataDir: config.dataDir };
  const syncDeps = { engine: sync, syncStore, store, adminClient, ccClient };
  const bot = new Bot({
    botClient,
    authorizer,
    logger,
    botName: botPerson.displayName,
    commands: [
      addCommand(),
      modifyCommand(),
      importCommand(),
      exportCommand(imports),
      tasksCommand(store),
      taskCommand(store),
      cancelCommand(store),
      licensesCommand(adminClient),
      historyCommand(store),
      syncCommand(syncDeps),
      languageCommand(store, defaultLanguage),
    ],
    cardActions: {
      ...usersCardActions({ adminClient, store, runner }),
      ...importCardActions(imports),
      ...syncCardActions(syncDeps),
    },
    onFiles: uploadHandler(imports),
    languageOf,
  });

  let adapter: FrameworkAdapter | undefined;
  const http = createHttpApp({
    webhookPath: config.webhook?.path ?? '/webhook',
    receiveWebhook: (raw, signature) => {
      const verdict = adapter ? adapter.receiveWebhook(raw, signature) : 'not-listening';
      metrics.inc('wxcc_bot_webhook_deliveries_total', { verdict });
      return verdict;
    },
    readiness: () => readiness(),
    metrics: () => metrics.render(),
    logger,
  });
  const { server, port } = await listen(http, config.port, config.bindHost);
  const url = `http://${config.bindHost === '0.0.0.0' ? '127.0.0.1' : config.bindHost}:${port}`;
  const webhookUrl = config.webhook ? (config.webhook.publicUrl ?? `${url}${config.webhook.path}`) : undefined;

  adapter = new FrameworkAdapter({
    botToken: config.botToken,
    webexApiBaseUrl: config.webexApiBaseUrl,
    webhook: config.webhook && webhookUrl ? { publicUrl: webhookUrl, secret: config.webhook.secret } : undefined,
    botClient,
    logger,
    onEvent: (event) => bot.handle(event),
  });

  const byKey = (name: string, counts: Record<string, number>, keys: readonly string[]) =>
    keys.map((k) => ({ labels: { [name]: k }, value: counts[k] ?? 0 }));
  metrics.gauge('wxcc_bot_jobs', 'Jobs in the store, by state.', () =>
    byKey('state', store.tallies().jobs, ['previewed', 'queued', 'running', 'done', 'cancelled', 'expired']),
  );
  metrics.gauge('wxcc_bot_records', 'Users of all jobs, by outcome (pending and in_flight while not done).', () =>
    byKey('outcome', store.tallies().records, ['pending', 'in_flight', 'created', 'updated', 'unchanged', 'failed']),
  );
  metrics.gauge('wxcc_bot_sync_users', 'Users by the state of their latest Contact Center synchronisation check.', () =>
    byKey('state', syncStore.tallies().users, ['pending', 'synced', 'invalid']),
  );
  metrics.gauge('wxcc_bot_sync_alerts', 'Synchronisation alerts, by state.', () =>
    byKey('state', syncStore.tallies().alerts, ['open', 'resolved', 'dismissed']),
  );
  metrics.gauge(
    'wxcc_bot_admin_credential_usable',
    '1 while the admin access token works and its renewal is not failing.',
    () => [
      {
        labels: {},
        value: credential.problem || (credential.expiresAt !== undefined && credential.expiresAt <= Date.now()) ? 0 : 1,
      },
    ],
  );
  metrics.gauge(
    'wxcc_bot_admin_credential_expiry_seconds',
    'Seconds until the admin access token expires (absent when unknown).',
    () =>
      credential.expiresAt === undefined
        ? []
        : [{ labels: {}, value: Math.round((credential.expiresAt - Date.now()) / 1000) }],
  );
  metrics.gauge('wxcc_bot_ready', '1 when the last readiness check passed.', () => [
    { labels: {}, value: ready ? 1 : 0 },
  ]);

  let ready = false;
  let lastCheck: { at: number; result: { ready: boolean; checks: Record<string, string> } } | undefined;
  /**
   * Ready when the bot can do its work: its webhooks registered and active (it hears the space), its
   * store writable (jobs survive), and Webex answering the admin credential (it can provision).
   */
  const readiness = async (): Promise<{ ready: boolean; checks: Record<string, string> }> => {
    if (lastCheck && Date.now() - lastCheck.at < (config.readinessCacheMs ?? 5_000)) return lastCheck.result;
    const [hooks, webex] = await Promise.all([
      adapter!.webhooksRegistered(),
      adminClient.me().then(
        () => ({ ok: true, problem: undefined }),
        (error: unknown) => ({
          ok: false,
          problem: `the admin credential cannot reach Webex: ${(error as Error).message}`,
        }),
      ),
    ]);
    const storeProblem = store.writeProblem();
    const checks = {
      webhooks: hooks.ok ? 'registered' : (hooks.problem ?? 'missing'),
      store: storeProblem ?? 'writable',
      webex: webex.ok ? 'reachable' : webex.problem!,
      credential: credential.problem
        ? `renewal failing (${credential.problem.kind}): ${credential.problem.detail}`
        : 'usable',
    };
    const result = { ready: hooks.ok && webex.ok && !storeProblem, checks };
    ready = result.ready;
    // Only a good answer is reused: a bot that is not ready yet says so until it is, not for 5 s more.
    lastCheck = result.ready ? { at: Date.now(), result } : undefined;
    return result;
  };

  try {
    await adapter.start();
  } catch (error) {
    await close(server);
    credential.stop();
    store.close();
    throw error;
  }
  // The framework finishes registering webhooks after start() resolves: wait until they are really there.
  const deadline = Date.now() + (config.readinessTimeoutMs ?? 15_000);
  let status = await adapter.webhooksRegistered();
  while (!status.ok && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    status = await adapter.webhooksRegistered();
  }
  ready = status.ok;
  lastCheck = ready ? { at: Date.now(), result: { ready, checks: { webhooks: 'registered' } } } : undefined;
  if (ready) logger.info({ mode: adapter.mode, webhookUrl }, 'bot is ready');
  else
    logger.error(
      { problem: status.problem },
      'the bot is NOT ready: its webhooks are not registered, so it hears nothing',
    );
  // Jobs that were running when the process stopped are finished now; so are synchronisation checks.
  runner.resume();
  sync.startWatcher();

  const app: RunningApp = {
    url,
    webhookUrl,
    botClient,
    adminClient,
    adapter,
    store,
    runner,
    sync,
    get ready() {
      return ready;
    },
    readiness,
    async stop() {
      await adapter!.stop();
      await close(server as Server);
      // The checks stop first: a job waiting for its check then posts its summary with what is known,
      // and the check resumes at the next start.
      await sync.stop();
      await runner.stop();
      credential.stop();
      store.close();
    },
  };
  return app;
}
