import type { AllowedActors, AppConfig, OrgConfig, SyncConfig } from './config.js';
import type { AgentSettingNames } from './contact-center/agent-settings.js';
import type { Lang } from './i18n/translate.js';

/**
 * One organisation of a deployment that serves several: what differs from one organisation to the next.
 * Values left out are the deployment's (the top-level fields of RuntimeConfig).
 */
export interface OrgRuntime {
  /** Short name, used in commands (`add @acme`) and to keep its data apart (`<dataDir>/orgs/<key>`). */
  key: string;
  name: string;
  /** Webex's id of the organisation, when configured: the admin credential must belong to it. */
  orgId?: string;
  adminToken?: string;
  adminRefresh?: { clientId: string; clientSecret: string; refreshToken: string };
  adminRoomIds: string[];
  allowedActors: AllowedActors;
  ccApiBaseUrl?: string;
  webexRequestsPerSecond?: number;
  ccRequestsPerMinute?: number;
  defaultLanguage?: Lang;
  agentDefaults?: AgentSettingNames;
  sync?: RuntimeConfig['sync'];
}

/** Configuration with everything resolved (in sandbox mode, filled in from the running sandbox). */
export interface RuntimeConfig {
  /**
   * Several organisations (ORGS_FILE, or the sandbox's partner view): each with its own credential,
   * spaces, limits and data. Absent: the one organisation the fields below describe, as always.
   */
  orgs?: OrgRuntime[];
  /** The organization the admin credential must belong to (an organization's `orgId`). */
  expectedOrgId?: string;
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
  /** PostgreSQL instead of SQLite (DATABASE_URL): every replica of the deployment opens the same schemas. */
  databaseUrl?: string;
  /** The deployment's schema there (DATABASE_SCHEMA); each organization's is `<schema>_org_<key>`. */
  databaseSchema?: string;
  webexRequestsPerSecond: number;
  ccRequestsPerMinute?: number;
  /** Several replicas: the Redis that shares each credential's request rate among them (REDIS_URL). */
  redisUrl?: string;
  /** Replicas configured (REPLICAS, default 1): each one's share of the rates while Redis is away. */
  replicas?: number;
  /** This replica's name in /healthz and /metrics (REPLICA_ID; default `<hostname>-<pid>`). */
  replicaId?: string;
  /** Where the shared limits' keys start in Redis (default `wxcc-bot:limit`); tests keep theirs apart. */
  redisKeyPrefix?: string;
  /**
   * Several replicas: a job's lease in the job queue (JOB_LEASE_SECONDS, default 300) and the slice one
   * replica works on it before handing on (JOB_SLICE_SECONDS, default 60). A replica that dies mid-job has
   * it taken over by another once the lease ends.
   */
  jobLeaseSeconds?: number;
  jobSliceSeconds?: number;
  /** Users provisioned at the same time within one job. */
  jobConcurrency?: number;
  /** How long to wait at start for the webhooks to be confirmed. */
  readinessTimeoutMs?: number;
  /** Waits between attempts when Webex fails at start (who the bot is, webhooks, connection); tests shorten them. */
  retryMs?: { first: number; max: number };
  /**
   * Tests only: the share of each Retry-After wait actually waited (default 1). Webex asks in whole
   * seconds, so a test meeting hundreds of 429s would otherwise spend minutes waiting them out; the
   * bot still pauses and repeats every throttled call, only for less time.
   */
  retryAfterScale?: number;
  /** How long a job waits for Webex to answer again, first wait doubled up to the longest (tests shorten it). */
  outageWait?: { firstMs: number; maxMs: number };
  /** The clock of the synchronisation checks (default: the system clock); a test moves it forward. */
  syncClock?: () => number;
  /** How long a readiness answer is reused before Webex is asked again. */
  readinessCacheMs?: number;
  /** The organisation's language, for people who did not choose one (`language pt-BR`). Default: English. */
  defaultLanguage?: Lang;
  /** The organisation's defaults for new Contact Center agents, by name (AGENT_DEFAULT_*); `template` overrides them. */
  agentDefaults?: AgentSettingNames;
  /** The Contact Center synchronisation checks (default: manual mode, default settings). */
  sync?: Partial<Omit<SyncConfig, 'settings'>> & { settings?: Partial<SyncConfig['settings']> };
}

/** What a running sandbox puts in place of a real organisation's credentials and addresses. */
export interface SandboxRuntime {
  url: string;
  botToken: string;
  serviceApp: { clientId: string; clientSecret: string; refreshToken: string };
  adminSpaceId: string;
  /** Where the bot keeps this run's data: the sandbox starts from its seed, so earlier jobs mean nothing. */
  dataDir: string;
  webhookSecret: string;
  /**
   * The partner's view (SANDBOX_ORGS): the sandbox's customer organisations the bot serves, each with its
   * own Service App, admin space and "Synchronize Users", and the partner's space shared by all of them.
   */
  orgs?: SandboxOrg[];
}

/** A customer organisation of the sandbox, as the bot serves it in the partner's view. */
export interface SandboxOrg {
  key: string;
  name: string;
  orgId: string;
  serviceApp: { clientId: string; clientSecret: string; refreshToken: string };
  adminSpaceId: string;
  /** The sandbox's "Synchronize Users" for this organisation. */
  synchronizeUrl: string;
  /** The spaces it shares with the other organisations (the partner's space). */
  sharedSpaceIds: string[];
  /** The partner's administrators, who may act for it. */
  partnerAdmins: string[];
}

/** The organisations of an organisations file, for the runtime. */
function orgRuntimes(orgs: OrgConfig[]): OrgRuntime[] {
  return orgs.map((o) => ({
    key: o.key,
    name: o.name,
    ...(o.orgId ? { orgId: o.orgId } : {}),
    ...(o.adminToken ? { adminToken: o.adminToken } : {}),
    ...(o.adminRefresh ? { adminRefresh: o.adminRefresh } : {}),
    adminRoomIds: o.adminRoomIds,
    allowedActors: o.allowedActors,
    ccApiBaseUrl: o.ccApiBaseUrl,
    webexRequestsPerSecond: o.webexRequestsPerSecond,
    ccRequestsPerMinute: o.ccRequestsPerMinute,
    defaultLanguage: o.defaultLanguage,
    agentDefaults: o.agentDefaults,
    sync: o.sync,
  }));
}

/** The runtime configuration from the loaded one; in sandbox mode, the sandbox's values on top. */
export function runtimeConfig(config: AppConfig, sandbox?: SandboxRuntime): RuntimeConfig {
  const common: Omit<RuntimeConfig, 'botToken' | 'webhook'> = {
    webexApiBaseUrl: config.webexApiBaseUrl,
    ccApiBaseUrl: config.ccApiBaseUrl,
    adminRoomIds: config.adminRoomIds,
    allowedActors: config.allowedActors,
    port: config.port,
    bindHost: config.bindHost,
    dataDir: config.dataDir,
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl, databaseSchema: config.databaseSchema } : {}),
    webexRequestsPerSecond: config.webexRequestsPerSecond,
    ccRequestsPerMinute: config.ccRequestsPerMinute,
    ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}),
    ...(config.replicas !== 1 ? { replicas: config.replicas } : {}),
    ...(config.redisKeyPrefix ? { redisKeyPrefix: config.redisKeyPrefix } : {}),
    ...(config.jobLeaseSeconds !== 300 ? { jobLeaseSeconds: config.jobLeaseSeconds } : {}),
    ...(config.jobSliceSeconds !== 60 ? { jobSliceSeconds: config.jobSliceSeconds } : {}),
    replicaId: config.replicaId,
    defaultLanguage: config.defaultLanguage,
    agentDefaults: config.agentDefaults,
    sync: config.sync,
  };
  if (config.mode === 'webex') {
    return {
      ...common,
      botToken: config.botToken,
      ...(config.adminToken ? { adminToken: config.adminToken } : {}),
      ...(config.adminRefresh ? { adminRefresh: config.adminRefresh } : {}),
      ...(config.orgs ? { orgs: orgRuntimes(config.orgs) } : {}),
      webhook: config.webhook
        ? {
            secret: config.webhook.secret,
            path: new URL(config.webhook.publicUrl).pathname,
            publicUrl: config.webhook.publicUrl,
          }
        : undefined,
    };
  }
  if (!sandbox) throw new Error('sandbox mode needs the running sandbox');
  return {
    ...common,
    botToken: sandbox.botToken,
    // As a real deployment: the Service App's client and refresh token; the bot gets its access tokens.
    adminRefresh: sandbox.serviceApp,
    webexApiBaseUrl: `${sandbox.url}/v1`,
    ccApiBaseUrl: `${sandbox.url}/cc`,
    webhook: { secret: sandbox.webhookSecret, path: '/webhook' },
    adminRoomIds: config.adminRoomIds.length > 0 ? config.adminRoomIds : [sandbox.adminSpaceId],
    dataDir: sandbox.dataDir,
    // The sandbox models Control Hub's "Synchronize Users" button with an endpoint.
    sync: {
      ...config.sync,
      endpointUrl: config.sync.endpointUrl ?? `${sandbox.url}/sandbox/contact-center/synchronize`,
    },
    ...(sandbox.orgs
      ? {
          orgs: sandbox.orgs.map(
            (o): OrgRuntime => ({
              key: o.key,
              name: o.name,
              orgId: o.orgId,
              adminRefresh: o.serviceApp,
              adminRoomIds: [o.adminSpaceId, ...o.sharedSpaceIds],
              allowedActors: {
                emails: [...config.allowedActors.emails, ...o.partnerAdmins],
                domains: config.allowedActors.domains,
              },
              ccApiBaseUrl: `${sandbox.url}/cc`,
              sync: { ...config.sync, endpointUrl: `${sandbox.url}${o.synchronizeUrl}` },
            }),
          ),
        }
      : {}),
  };
}
