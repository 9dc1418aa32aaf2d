import { join } from 'node:path';
import type { Logger } from 'pino';
import { Authorizer } from './bot/authorize.js';
import type { OrgConversation } from './bot/bot.js';
import type { OrgStatus } from './bot/commands/orgs.js';
import { explainError } from './bot/explain-error.js';
import { JobReporter } from './bot/job-reporter.js';
import { OrgPostingClient } from './bot/org-stamp.js';
import { Outbox } from './bot/outbox.js';
import { conversation } from './bot/registry.js';
import { type BotClients, createOrgClients, type OrgClients } from './clients.js';
import type { AgentSettings } from './contact-center/agent-settings.js';
import type { SyncEngine } from './contact-center/sync-engine.js';
import type { OnResponse } from './http/app-metrics.js';
import { inProcessDispatch, type JobDispatch } from './jobs/dispatch.js';
import type { PgBossDispatch } from './jobs/pg-boss-dispatch.js';
import { JobRunner } from './jobs/runner.js';
import { languageOf as languageLookup } from './provisioning/services/choose-language.js';
import { type ProvisioningServices, provisioningServices } from './provisioning/services/services.js';
import type { OrgRuntime, RuntimeConfig } from './runtime-config.js';
import { DEFAULT_SCHEMA_PREFIX, openStorage, orgSchema } from './storage/open-storage.js';
import type { Storage } from './storage/storage.js';
import { syncChecks } from './sync-checks.js';
import type { Limits } from './webex/limiter.js';

/** One organization the bot serves, running: its store, clients, checks, jobs and conversation. */
export interface OrgApp extends OrgClients {
  key: string;
  name: string;
  /** Its configuration: the deployment's, with what the organization sets on top. */
  config: RuntimeConfig;
  storage: Storage;
  sync: SyncEngine;
  runner: JobRunner;
  /** How its confirmed jobs reach a runner: this process's, or any replica's through the job queue. */
  dispatch: JobDispatch;
  outbox: Outbox;
  services: ProvisioningServices;
  conversation: OrgConversation;
  stop(): Promise<void>;
}

/** The organizations of a configuration: the one of its top-level fields, or those of `orgs`. */
export function orgsOf(config: RuntimeConfig): OrgRuntime[] {
  if (config.orgs) return config.orgs;
  return [
    {
      key: 'default',
      name: '',
      adminRoomIds: config.adminRoomIds,
      allowedActors: config.allowedActors,
    },
  ];
}

/** One organization's configuration: the deployment's with the organization's values on top. */
export function orgConfig(config: RuntimeConfig, org: OrgRuntime): RuntimeConfig {
  if (!config.orgs) return config;
  const { adminToken, adminRefresh, ...rest } = config;
  return {
    ...rest,
    ...(org.adminToken ? { adminToken: org.adminToken } : {}),
    ...(org.adminRefresh ? { adminRefresh: org.adminRefresh } : {}),
    ...(org.orgId ? { expectedOrgId: org.orgId } : {}),
    adminRoomIds: org.adminRoomIds,
    allowedActors: org.allowedActors,
    ccApiBaseUrl: org.ccApiBaseUrl ?? config.ccApiBaseUrl,
    webexRequestsPerSecond: org.webexRequestsPerSecond ?? config.webexRequestsPerSecond,
    ...((org.ccRequestsPerMinute ?? config.ccRequestsPerMinute)
      ? { ccRequestsPerMinute: org.ccRequestsPerMinute ?? config.ccRequestsPerMinute }
      : {}),
    ...((org.defaultLanguage ?? config.defaultLanguage)
      ? { defaultLanguage: org.defaultLanguage ?? config.defaultLanguage }
      : {}),
    ...((org.agentDefaults ?? config.agentDefaults)
      ? { agentDefaults: org.agentDefaults ?? config.agentDefaults }
      : {}),
    sync: { ...config.sync, ...org.sync, settings: { ...config.sync?.settings, ...org.sync?.settings } },
    // Each organization's data apart: its jobs, audit, checks, alerts, uploads and sealed credential.
    dataDir: join(config.dataDir, 'orgs', org.key),
    // On PostgreSQL, its own schema beside the deployment's, for the same reason.
    ...(config.databaseUrl
      ? { databaseSchema: orgSchema(config.databaseSchema ?? DEFAULT_SCHEMA_PREFIX, org.key) }
      : {}),
  };
}

/**
 * Starts one organization: with one organization its store is the deployment's (as it always was);
 * with several, each has its own under `<dataDir>/orgs/<key>`, its own admin credential and limiters,
 * one import at a time of its own, and its cards carry its key.
 */
export async function startOrg(
  deployment: RuntimeConfig,
  org: OrgRuntime,
  shared: BotClients & {
    storage: Storage;
    logger: Logger;
    counted: (client: string, api: 'webex' | 'contact-center') => OnResponse;
    /** Each credential's limiter (shared by the replicas with REDIS_URL); in this process by default. */
    limits?: Limits;
    /** Several replicas (DATABASE_URL): confirmed jobs go through the PostgreSQL job queue. */
    queue?: PgBossDispatch;
  },
): Promise<OrgApp> {
  const several = !!deployment.orgs;
  const config = orgConfig(deployment, org);
  const logger = several ? shared.logger.child({ org: org.key }) : shared.logger;
  const storage = several
    ? await openStorage({
        dataDir: config.dataDir,
        databaseUrl: config.databaseUrl,
        schema: config.databaseSchema,
        logger,
      })
    : shared.storage;
  try {
    // The spaces this organization shares with another one (a partner's team space).
    const sharedRoomIds = org.adminRoomIds.filter((room) =>
      (deployment.orgs ?? []).some((other) => other.key !== org.key && other.adminRoomIds.includes(room)),
    );
    const botClient = several
      ? new OrgPostingClient(shared.botClient, { key: org.key, name: org.name, sharedRoomIds })
      : shared.botClient;
    const clients = await createOrgClients(
      config,
      storage,
      botClient,
      logger,
      shared.counted,
      several ? org.name : undefined,
      shared.limits,
      org.key,
    );
    const { credential, adminClient, ccClient } = clients;
    const defaultLanguage = config.defaultLanguage ?? 'en';
    const authorizer = new Authorizer({
      adminRoomIds: config.adminRoomIds,
      allowedActors: config.allowedActors,
      botClient,
      adminClient,
      logger,
      organisationId: () => clients.organisation().then((o) => o.orgId),
    });
    // The language a person chose is theirs, not an organization's: kept in the deployment's store, it
    // holds in every organization they act for (each organization keeps its own default).
    const languageOf = languageLookup(shared.storage.settings, defaultLanguage, logger);
    // The organization's default agent settings (`template`, then AGENT_DEFAULT_*), for "Apply the
    // defaults"; the services are built below, and the button is pressed only once the bot runs.
    const agentDefaults = (): Promise<AgentSettings> => services.agentDefaults();
    const syncStore = storage.sync;
    const sync = syncChecks(config, {
      ...clients,
      botClient,
      ...{ syncStore, languageOf, defaultLanguage, logger, agentDefaults },
    });
    const outbox = new Outbox({ store: storage.outbox, client: botClient, logger, botPersonId: shared.botPerson.id });
    const store = storage.jobs;
    const reporter = new JobReporter({ outbox, adminClient, store, logger, dataDir: config.dataDir, sync, languageOf });
    const runner = new JobRunner({
      ...{ store, api: adminClient, listener: reporter, logger, concurrency: config.jobConcurrency ?? 4, credential },
      ...(config.outageWait ? { outageWait: config.outageWait } : {}),
    });
    const dispatch = shared.queue ? await shared.queue.serve(org.key, { store, runner }) : inProcessDispatch(runner);
    const services = provisioningServices({
      ...{ adminClient, ccClient, store, syncStore, runner, syncEngine: sync, dataDir: config.dataDir },
      ...(shared.queue ? { dispatch } : {}),
      uploads: storage.uploads,
      settings: shared.storage.settings,
      agentDefaultsStore: storage.agentDefaults,
      ...(config.agentDefaults ? { configuredAgentDefaults: config.agentDefaults } : {}),
      orgId: () => clients.organisation().then((o) => o.orgUuid),
    });
    const status = async (): Promise<OrgStatus> => {
      const [seats, recent, tallies] = await Promise.all([
        services.organisation().then(
          (o) =>
            (['standard', 'premium'] as const).map((tier) => ({
              tier,
              free: o.seats[tier].free,
              total: o.seats[tier].total,
            })),
          (error: unknown) => ({ error: explainError(error) }),
        ),
        store.recentJobs(1),
        syncStore.tallies(),
      ]);
      const job = recent[0];
      return {
        seats,
        credentialProblem: credential.problem?.detail,
        lastJob: job ? { id: job.id, by: job.requestedBy, state: job.state, at: Date.parse(job.createdAt) } : undefined,
        openAlerts: tallies.alerts.open ?? 0,
      };
    };
    const chat: OrgConversation = {
      key: org.key,
      name: org.name,
      authorizer,
      ...conversation({ botClient, services, defaultLanguage, agentDefaults }),
      languageOf,
      botClient,
      status,
    };
    return {
      key: org.key,
      name: org.name,
      config,
      storage,
      ...clients,
      sync,
      runner,
      dispatch,
      outbox,
      services,
      conversation: chat,
      async stop() {
        // The checks stop first: a job waiting for its check then posts its summary with what is known,
        // and the check resumes at the next start.
        await sync.stop();
        await runner.stop();
        await outbox.stop();
        credential.stop();
        if (several) await storage.close();
      },
    };
  } catch (error) {
    if (several) await storage.close();
    throw error;
  }
}
