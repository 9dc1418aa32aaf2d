import type { Logger } from 'pino';
import { awaitWebhooks } from './bot/await-webhooks.js';
import { Bot } from './bot/bot.js';
import { createIngress } from './bot/create-ingress.js';
import type { Ingress } from './bot/ingress.js';
import { type BotClients, createBotClient, createLimits } from './clients.js';
import { defaultReplicaId } from './config.js';
import type { SyncEngine } from './contact-center/sync-engine.js';
import { addAppGauges, createAppMetrics } from './http/app-metrics.js';
import { listenFirst } from './http/listen-first.js';
import { OrgsReadiness, Readiness, type ReadinessResult } from './http/readiness.js';
import { close } from './http/server.js';
import { AdvisoryLocks } from './jobs/advisory-locks.js';
import { PgBossDispatch } from './jobs/pg-boss-dispatch.js';
import type { JobStore } from './jobs/ports.js';
import type { JobRunner } from './jobs/runner.js';
import { type OrgApp, orgsOf, startOrg } from './org-app.js';
import type { RuntimeConfig } from './runtime-config.js';
import { openStorage } from './storage/open-storage.js';
import { checkOrganisation } from './webex/organisation.js';
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
  /** The organizations served, by key (`default` for the one of a single-organization configuration). */
  orgs: Map<string, OrgApp>;
  /** True once the webhooks were confirmed registered. */
  ready: boolean;
  readiness(org?: string): Promise<ReadinessResult>;
  stop(): Promise<void>;
}

/** Composes the bot: stores, clients, services, conversation, framework adapter and HTTP server. */
export async function startApp(config: RuntimeConfig, logger: Logger): Promise<RunningApp> {
  const { metrics, counted } = createAppMetrics();
  // The deployment's store: the events acted on (and, with one organization, all of its data).
  const storage = await openStorage({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    schema: config.databaseSchema,
    logger,
  });
  const { webhook: hook, port: wantedPort, bindHost } = config;
  const replica = config.replicaId ?? defaultReplicaId();
  const http = await listenFirst({
    webhookPath: hook?.path ?? '/webhook',
    port: wantedPort,
    bindHost,
    metrics,
    logger,
    replica,
  });
  const { server, port } = http;
  // Several replicas (DATABASE_URL): confirmed jobs go through a PostgreSQL job queue any replica works,
  // and the synchronisation watcher runs on one replica at a time.
  const { databaseUrl } = config;
  const queue = databaseUrl
    ? new PgBossDispatch({
        ...{ databaseUrl, logger, schema: `${config.databaseSchema ?? 'wxcc_bot'}_pgboss` },
        ...(config.jobLeaseSeconds !== undefined ? { expireInSeconds: config.jobLeaseSeconds } : {}),
        ...(config.jobSliceSeconds !== undefined ? { sliceMs: config.jobSliceSeconds * 1000 } : {}),
      })
    : undefined;
  const locks = databaseUrl ? new AdvisoryLocks({ databaseUrl, logger }) : undefined;
  const orgs: OrgApp[] = [];
  // Each credential's request rate: in this process, or shared by the replicas through Redis.
  const limits = createLimits(config, logger);
  const stopOrgs = async () => {
    // The queue first: no more turns taken, and a job under way is handed on to another replica.
    await queue?.stop();
    await Promise.all(orgs.map((o) => o.stop()));
    await locks?.close();
    await limits.close();
  };
  let bot: BotClients;
  try {
    bot = await createBotClient(config, logger, counted, http.waiting, limits);
    for (const org of orgsOf(config)) {
      const orgCounted = config.orgs
        ? (client: string, api: 'webex' | 'contact-center') => counted(client, api, org.key)
        : counted;
      orgs.push(
        await startOrg(config, org, {
          ...{ ...bot, storage, logger, counted: orgCounted, limits },
          ...(queue ? { queue } : {}),
        }),
      );
    }
  } catch (error) {
    await stopOrgs();
    await Promise.all([close(server), storage.close()]);
    throw error;
  }
  const { botClient, botPerson } = bot;
  const main = orgs[0]!;
  const chat = new Bot({
    botClient,
    logger,
    botName: botPerson.displayName,
    orgs: orgs.map((o) => o.conversation),
    handledEvents: storage.handledEvents,
  });

  const url = `http://${config.bindHost === '0.0.0.0' ? '127.0.0.1' : config.bindHost}:${port}`;
  const webhookUrl = config.webhook ? (config.webhook.publicUrl ?? `${url}${config.webhook.path}`) : undefined;
  const webhook = config.webhook && webhookUrl ? { publicUrl: webhookUrl, secret: config.webhook.secret } : undefined;
  const started = createIngress({
    ...{ botToken: config.botToken, webexApiBaseUrl: config.webexApiBaseUrl, webhook, botClient, logger },
    ...{ bot: botPerson, retryMs: config.retryMs, onEvent: (event) => chat.handle(event) },
    // Several replicas: one registers the webhooks at a time, and the others find them registered.
    exclusive: locks ? (work) => locks.during('webhook-registration', work) : undefined,
  });
  // One look at the webhooks serves every check asking at the same moment: with several organizations a
  // readiness check asks once for the deployment and once per organization, and each look lists them.
  let lookingAtWebhooks: ReturnType<Ingress['webhooksRegistered']> | undefined;
  const webhooks = () =>
    (lookingAtWebhooks ??= started.webhooksRegistered().finally(() => (lookingAtWebhooks = undefined)));
  const cacheMs = config.readinessCacheMs ?? 5_000;
  const orgReadiness = (o: OrgApp) =>
    new Readiness({
      webhooks,
      // Webex answering the credential, for the organization configured (not another one's).
      webex: () => o.adminClient.me().then((me) => checkOrganisation(o.config.expectedOrgId, me.orgId)),
      store: o.storage,
      credential: o.credential,
      cacheMs,
    });
  const ready = config.orgs
    ? new OrgsReadiness({
        webhooks,
        store: storage,
        orgs: orgs.map((o) => ({ key: o.key, readiness: orgReadiness(o) })),
      })
    : orgReadiness(main);
  addAppGauges(metrics, {
    orgs: orgs.map((o) => ({
      ...(config.orgs ? { key: o.key } : {}),
      store: o.storage.jobs,
      syncStore: o.storage.sync,
      credential: o.credential,
    })),
    ready: () => ready.ready,
    replica: { id: replica, labelled: databaseUrl !== undefined },
  });
  http.started({ ingress: started, readiness: (org) => ready.check(org) });

  // Messages a previous run still owed go out first, and whatever the events handled from now on owe.
  for (const org of orgs) org.outbox.start();
  try {
    await started.start();
  } catch (error) {
    await stopOrgs();
    await close(server);
    await storage.close();
    throw error;
  }
  const status = await awaitWebhooks(started, config.readinessTimeoutMs ?? 15_000);
  ready.started(status);
  if (status.ok) logger.info({ mode: started.mode, webhookUrl, orgs: orgs.length }, 'bot is ready');
  else logger.error({ problem: status.problem }, 'the bot is NOT ready: its webhooks are not registered');
  // Jobs that were running when the process (or the store) stopped are finished now, and again each
  // time the store comes back; so are synchronisation checks.
  for (const org of orgs) {
    await org.dispatch.resume();
    org.storage.onRecovered(
      () => void org.dispatch.resume().catch((e: unknown) => logger.error({ err: e, org: org.key }, 'resume failed')),
    );
    org.sync.startWatcher(locks ? () => locks.holds(`sync-watcher:${org.key}`) : undefined);
  }

  return {
    url,
    webhookUrl,
    botClient,
    adminClient: main.adminClient,
    adapter: started,
    store: main.storage.jobs,
    runner: main.runner,
    sync: main.sync,
    orgs: new Map(orgs.map((o) => [o.key, o])),
    get ready() {
      return ready.ready;
    },
    readiness: (org?: string) => ready.check(org),
    async stop() {
      await started.stop();
      await close(server);
      await stopOrgs();
      await storage.close();
    },
  };
}
