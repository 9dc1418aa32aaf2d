import type { Logger } from 'pino';
import { Authorizer } from './bot/authorize.js';
import { awaitWebhooks } from './bot/await-webhooks.js';
import { Bot } from './bot/bot.js';
import { createIngress } from './bot/create-ingress.js';
import type { Ingress } from './bot/ingress.js';
import { JobReporter } from './bot/job-reporter.js';
import { Outbox } from './bot/outbox.js';
import { conversation } from './bot/registry.js';
import { createClients } from './clients.js';
import type { AgentSettings } from './contact-center/agent-settings.js';
import type { SyncEngine } from './contact-center/sync-engine.js';
import { addAppGauges, createAppMetrics } from './http/app-metrics.js';
import { listenFirst } from './http/listen-first.js';
import { Readiness, type ReadinessResult } from './http/readiness.js';
import { close } from './http/server.js';
import type { JobStore } from './jobs/ports.js';
import { JobRunner } from './jobs/runner.js';
import { languageOf as languageLookup } from './provisioning/services/choose-language.js';
import { provisioningServices } from './provisioning/services/services.js';
import type { RuntimeConfig } from './runtime-config.js';
import { openSqliteStorage } from './storage/sqlite/open-storage.js';
import { syncChecks } from './sync-checks.js';
import type { WebexClient } from './webex/webex-client.js';

export type { RuntimeConfig } from './runtime-config.js';

export interface RunningApp {
  url: string;
  webhookUrl: string | undefined;
  botClient: WebexClient;
  adminClient: WebexClient;
  adapter: Ingress;
  store: JobStore;
  runner: JobRunner;
  sync: SyncEngine;
  /** True once the webhooks were confirmed registered. */
  ready: boolean;
  readiness(): Promise<ReadinessResult>;
  stop(): Promise<void>;
}

/** Composes the bot: stores, clients, services, conversation, framework adapter and HTTP server. */
export async function startApp(config: RuntimeConfig, logger: Logger): Promise<RunningApp> {
  const { metrics, counted } = createAppMetrics();
  const { dataDir, adminRoomIds, allowedActors } = config;
  const storage = openSqliteStorage(dataDir, { logger });
  const store = storage.jobs;
  const syncStore = storage.sync;
  const { webhook: hook, port: wantedPort, bindHost } = config;
  const http = await listenFirst({
    webhookPath: hook?.path ?? '/webhook',
    port: wantedPort,
    bindHost,
    metrics,
    logger,
  });
  const { server, port } = http;
  const clients = await createClients(config, storage, logger, counted, http.waiting).catch(async (error: unknown) => {
    await Promise.all([close(server), storage.close()]);
    throw error;
  });
  const { botClient, botPerson, credential, adminClient, ccClient } = clients;
  const defaultLanguage = config.defaultLanguage ?? 'en';
  const authorizer = new Authorizer({ adminRoomIds, allowedActors, botClient, adminClient, logger });
  const languageOf = languageLookup(storage.settings, defaultLanguage, logger);
  // The organisation's default agent settings (`template`, then AGENT_DEFAULT_*), for "Apply the
  // defaults"; the services are built below, and the button is pressed only once the bot runs.
  const agentDefaults = (): Promise<AgentSettings> => services.agentDefaults();
  const sync = syncChecks(config, { ...clients, syncStore, languageOf, defaultLanguage, logger, agentDefaults });
  const outbox = new Outbox({ store: storage.outbox, client: botClient, logger, botPersonId: botPerson.id });
  const reporter = new JobReporter({ outbox, adminClient, store, logger, dataDir, sync, languageOf });
  const concurrency = config.jobConcurrency ?? 4;
  const runner = new JobRunner({
    ...{ store, api: adminClient, listener: reporter, logger, concurrency, credential },
    ...(config.outageWait ? { outageWait: config.outageWait } : {}),
  });
  const services = provisioningServices({
    ...{ adminClient, ccClient, store, syncStore, runner, syncEngine: sync, dataDir },
    uploads: storage.uploads,
    settings: storage.settings,
    agentDefaultsStore: storage.agentDefaults,
    ...(config.agentDefaults ? { configuredAgentDefaults: config.agentDefaults } : {}),
    orgId: () => clients.organisation().then((o) => o.orgUuid),
  });
  const chat = new Bot({
    botClient,
    authorizer,
    logger,
    botName: botPerson.displayName,
    ...conversation({ botClient, services, defaultLanguage, agentDefaults }),
    languageOf,
    handledEvents: storage.handledEvents,
  });

  const url = `http://${config.bindHost === '0.0.0.0' ? '127.0.0.1' : config.bindHost}:${port}`;
  const webhookUrl = config.webhook ? (config.webhook.publicUrl ?? `${url}${config.webhook.path}`) : undefined;
  const webhook = config.webhook && webhookUrl ? { publicUrl: webhookUrl, secret: config.webhook.secret } : undefined;
  const started = createIngress({
    ...{ botToken: config.botToken, webexApiBaseUrl: config.webexApiBaseUrl, webhook, botClient, logger },
    ...{ bot: botPerson, retryMs: config.retryMs, onEvent: (event) => chat.handle(event) },
  });
  const ready = new Readiness({
    webhooks: () => started.webhooksRegistered(),
    webex: () => adminClient.me(),
    store: storage,
    credential,
    cacheMs: config.readinessCacheMs ?? 5_000,
  });
  addAppGauges(metrics, { store, syncStore, credential, ready: () => ready.ready });
  http.started({ ingress: started, readiness: () => ready.check() });

  // Messages a previous run still owed go out first, and whatever the events handled from now on owe.
  outbox.start();
  try {
    await started.start();
  } catch (error) {
    await outbox.stop();
    await close(server);
    credential.stop();
    await storage.close();
    throw error;
  }
  const status = await awaitWebhooks(started, config.readinessTimeoutMs ?? 15_000);
  ready.started(status);
  if (status.ok) logger.info({ mode: started.mode, webhookUrl }, 'bot is ready');
  else logger.error({ problem: status.problem }, 'the bot is NOT ready: its webhooks are not registered');
  // Jobs that were running when the process (or the store) stopped are finished now, and again each
  // time the store comes back; so are synchronisation checks.
  await runner.resume();
  storage.onRecovered(() => void runner.resume().catch((e: unknown) => logger.error({ err: e }, 'resume failed')));
  sync.startWatcher();

  return {
    url,
    webhookUrl,
    botClient,
    adminClient,
    adapter: started,
    store,
    runner,
    sync,
    get ready() {
      return ready.ready;
    },
    readiness: () => ready.check(),
    async stop() {
      await started.stop();
      await close(server);
      // The checks stop first: a job waiting for its check then posts its summary with what is known,
      // and the check resumes at the next start.
      await sync.stop();
      await runner.stop();
      await outbox.stop();
      credential.stop();
      await storage.close();
    },
  };
}
