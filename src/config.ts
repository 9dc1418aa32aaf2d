import { hostname } from 'node:os';
import { z } from 'zod';
import type { AgentSettingNames } from './contact-center/agent-settings.js';
import { DEFAULT_SYNC_SETTINGS, type SyncSettings } from './contact-center/sync-settings.js';
import { type Lang, parseLang } from './i18n/translate.js';
import { actorEntry, loadOrgsFile } from './orgs-file.js';

/**
 * The only reader of process.env. Read once at start; a bad or missing variable stops the start with
 * one message listing every problem and how to fix it. No WEBEX_BOT_TOKEN at all = sandbox mode.
 */

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const csv = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/** AGENT_DEFAULT_TEAMS: names separated by `;` or `|` (team names hold commas). */
const splitTeams = (value: string): string[] =>
  value
    .split(/[;|]/)
    .map((v) => v.trim())
    .filter(Boolean);

const port = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a port number (0-65535)` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} must be between 0 and 65535`)
    .max(65535, `${name} must be between 0 and 65535`)
    .default(fallback);

const httpUrl = (name: string, hint: string) =>
  z.url({ protocol: /^https?$/, error: `${name} must be an http(s) URL, ${hint}` });

const seconds = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a number of seconds` })
    .positive(`${name} must be above 0`)
    .default(fallback);

const envSchema = z.object({
  WEBEX_BOT_TOKEN: z.string().trim().min(1).optional(),
  WEBEX_ADMIN_TOKEN: z.string().trim().min(1).optional(),
  WEBEX_ADMIN_CLIENT_ID: z.string().trim().min(1).optional(),
  WEBEX_ADMIN_CLIENT_SECRET: z.string().trim().min(1).optional(),
  WEBEX_ADMIN_REFRESH_TOKEN: z.string().trim().min(1).optional(),
  WEBEX_API_BASE_URL: httpUrl('WEBEX_API_BASE_URL', 'for example https://webexapis.com/v1').default(
    'https://webexapis.com/v1',
  ),
  WEBEX_CC_API_BASE_URL: httpUrl('WEBEX_CC_API_BASE_URL', 'for example https://api.wxcc-us1.cisco.com').default(
    'https://api.wxcc-us1.cisco.com',
  ),
  WEBHOOK_PUBLIC_URL: httpUrl(
    'WEBHOOK_PUBLIC_URL',
    'the public address Webex posts events to, for example https://bot.example.com/webhook',
  ).optional(),
  WEBHOOK_SECRET: z.string().optional(),
  ADMIN_ROOM_IDS: z.string().optional(),
  ALLOWED_ACTORS: z.string().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .url({
      protocol: /^postgres(ql)?$/,
      error: 'DATABASE_URL must be a postgres:// URL, for example postgres://bot:secret@db.example.com:5432/wxcc',
    })
    .optional(),
  DATABASE_SCHEMA: z
    .string()
    .trim()
    .regex(
      /^[a-z_][a-z0-9_]{0,39}$/,
      'DATABASE_SCHEMA must be lower-case letters, digits and _, at most 40 (each organization adds _org_<key>)',
    )
    .default('wxcc_bot'),
  PORT: port('PORT', 3000),
  BIND_HOST: z.string().min(1).optional(),
  SANDBOX_PORT: port('SANDBOX_PORT', 4010),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  WEBEX_REQUESTS_PER_SECOND: z.coerce
    .number({ error: 'WEBEX_REQUESTS_PER_SECOND must be a number' })
    .positive('WEBEX_REQUESTS_PER_SECOND must be above 0')
    .default(10),
  CC_REQUESTS_PER_MINUTE: z.coerce
    .number({ error: 'CC_REQUESTS_PER_MINUTE must be a number' })
    .positive('CC_REQUESTS_PER_MINUTE must be above 0')
    // The Contact Center APIs allow 300 requests a minute per client (developer.webex.com, "Rate
    // Limiting"); a fifth is left to the organisation's other tools sharing the Service App.
    .default(240),
  /** Several replicas: the Redis that shares the request rates among them (see docs/configuration.md). */
  REDIS_URL: z
    .url({
      protocol: /^rediss?$/,
      error: 'REDIS_URL must be a redis:// or rediss:// URL, for example redis://redis.internal:6379',
    })
    .optional(),
  /** Several replicas: where the shared limits' keys start in Redis (a Redis shared with other uses). */
  REDIS_KEY_PREFIX: z.string().trim().min(1).optional(),
  /** Several replicas: a job's lease in the job queue, and how long one replica works on it before handing on. */
  JOB_LEASE_SECONDS: seconds('JOB_LEASE_SECONDS', 300),
  JOB_SLICE_SECONDS: seconds('JOB_SLICE_SECONDS', 60),
  REPLICAS: z.coerce
    .number({ error: 'REPLICAS must be a number' })
    .int('REPLICAS must be a whole number')
    .min(1, 'REPLICAS must be 1 or more')
    .default(1),
  /** Which replica answers /healthz and /metrics; by default this machine's name and the process id. */
  REPLICA_ID: z
    .string()
    .trim()
    .min(1, 'REPLICA_ID must not be empty')
    .max(100, 'REPLICA_ID must be at most 100 characters')
    .optional(),
  SYNC_MODE: z.enum(['endpoint', 'manual'], { error: 'SYNC_MODE must be endpoint or manual' }).optional(),
  SYNC_ENDPOINT_URL: httpUrl('SYNC_ENDPOINT_URL', 'the address the bot POSTs to for a "Synchronize Users"').optional(),
  SYNC_DEADLINE_SECONDS: seconds('SYNC_DEADLINE_SECONDS', 600),
  SYNC_RESYNCS: z.coerce
    .number({ error: 'SYNC_RESYNCS must be a number' })
    .int('SYNC_RESYNCS must be a whole number')
    .min(0, 'SYNC_RESYNCS must be 0 or more')
    .default(2),
  SYNC_POLL_SECONDS: seconds('SYNC_POLL_SECONDS', 5),
  SYNC_POLL_MAX_SECONDS: seconds('SYNC_POLL_MAX_SECONDS', 60),
  SYNC_SUMMARY_WAIT_SECONDS: seconds('SYNC_SUMMARY_WAIT_SECONDS', 120),
  SYNC_WATCH_INTERVAL_SECONDS: seconds('SYNC_WATCH_INTERVAL_SECONDS', 300),
  BOT_LANGUAGE: z.string().optional(),
  AGENT_DEFAULT_SITE: z.string().trim().optional(),
  AGENT_DEFAULT_TEAMS: z.string().trim().optional(),
  AGENT_DEFAULT_DESKTOP_PROFILE: z.string().trim().optional(),
  AGENT_DEFAULT_MULTIMEDIA_PROFILE: z.string().trim().optional(),
  AGENT_DEFAULT_SKILL_PROFILE: z.string().trim().optional(),
  SHUTDOWN_TIMEOUT_SECONDS: seconds('SHUTDOWN_TIMEOUT_SECONDS', 25),
  /** Several organisations: a JSON or YAML file (see docs/configuration.md, "Several organizations"). */
  ORGS_FILE: z.string().trim().min(1).optional(),
  /** Sandbox mode: the sandbox's customer organisations the bot serves (default acme only). */
  SANDBOX_ORGS: z.string().trim().optional(),
});

export interface SyncConfig {
  /** endpoint: the bot asks for the synchronisation at `endpointUrl`; manual: it asks the admins. */
  mode: 'endpoint' | 'manual';
  endpointUrl: string | undefined;
  settings: SyncSettings;
}

export interface AllowedActors {
  emails: string[];
  domains: string[];
}

interface CommonConfig {
  webexApiBaseUrl: string;
  ccApiBaseUrl: string;
  allowedActors: AllowedActors;
  dataDir: string;
  /** PostgreSQL (several replicas): the store is there instead of SQLite under `dataDir`. */
  databaseUrl?: string;
  /** The deployment's schema in that database; each organization's is `<schema>_org_<key>`. */
  databaseSchema: string;
  port: number;
  bindHost: string;
  logLevel: (typeof LOG_LEVELS)[number];
  webexRequestsPerSecond: number;
  ccRequestsPerMinute: number;
  /** The Redis through which the replicas share each credential's request rate; none: each process alone. */
  redisUrl: string | undefined;
  /** How many replicas run: while Redis is away, each takes this share of the rates. */
  replicas: number;
  /** Where the shared limits' keys start in Redis (REDIS_KEY_PREFIX). */
  redisKeyPrefix?: string;
  /** The job queue's lease of a job, and the slice a replica works on it before handing on (seconds). */
  jobLeaseSeconds: number;
  jobSliceSeconds: number;
  /** This replica's name in /healthz and /metrics (REPLICA_ID, by default `<hostname>-<pid>`). */
  replicaId: string;
  /** In sandbox mode the endpoint is the sandbox's, known once it runs. */
  sync: SyncConfig;
  /** The organisation's language, for people who did not choose their own. */
  defaultLanguage: Lang;
  /** How long a stop may take to finish the users in hand before the process exits anyway. */
  shutdownTimeoutMs: number;
  /**
   * The organisation's defaults for new Contact Center agents, by name (AGENT_DEFAULT_*): the first
   * value, until `template` changes one.
   */
  agentDefaults: AgentSettingNames;
}

/** A Service App's or integration's OAuth client and refresh token: the bot renews the access token. */
export interface AdminRefreshConfig {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
}

export interface WebexModeConfig extends CommonConfig {
  mode: 'webex';
  botToken: string;
  /** A pasted access token; with `adminRefresh`, used until the first renewal. */
  adminToken: string | undefined;
  adminRefresh: AdminRefreshConfig | undefined;
  /** Webhook mode when set; the framework's websocket mode otherwise. */
  webhook: { publicUrl: string; secret: string } | undefined;
  adminRoomIds: string[];
  /**
   * The organisations of ORGS_FILE; undefined when the deployment serves the one organisation of the
   * variables above (then `adminRoomIds`, the admin credential and the rest are that organisation's).
   */
  orgs: OrgConfig[] | undefined;
}

export interface SandboxModeConfig extends CommonConfig {
  mode: 'sandbox';
  sandboxPort: number;
  adminRoomIds: string[];
  /** The sandbox's customer organisations to serve (SANDBOX_ORGS); more than one = the partner's view. */
  sandboxOrgs: string[];
}

/**
 * One organisation a deployment serves, as the organisations file (ORGS_FILE) gives it, with the
 * deployment's environment as the defaults of what it does not say.
 */
export interface OrgConfig {
  /** Short name used in commands (`add @acme`) and for its data: lower-case letters, digits, `-`. */
  key: string;
  /** Its name as administrators know it. */
  name: string;
  /** Webex's id of the organisation; when given, the admin credential must belong to it. */
  orgId: string | undefined;
  /** Its admin spaces; a space listed for several organisations is shared (a partner's team space). */
  adminRoomIds: string[];
  /** People who may act for it besides its own administrators (the partner's administrators for it). */
  allowedActors: AllowedActors;
  adminToken: string | undefined;
  adminRefresh: AdminRefreshConfig | undefined;
  /** Its Contact Center region's API. */
  ccApiBaseUrl: string;
  defaultLanguage: Lang;
  agentDefaults: AgentSettingNames;
  webexRequestsPerSecond: number;
  ccRequestsPerMinute: number;
  sync: SyncConfig;
}

export type AppConfig = WebexModeConfig | SandboxModeConfig;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(
      `The bot cannot start: its configuration has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee docs/configuration.md.`,
    );
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  // Empty variables count as unset, as in most deployment tools.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  let parsed = envSchema.safeParse(cleaned);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push(`${issue.path.join('.') || 'environment'}: ${issue.message}`);
    // With an organisations file, its problems are listed too: the rest is checked with the defaults
    // of the variables in error. Without one, the error lists the variables alone, as it always has.
    if (!cleaned.ORGS_FILE) throw new ConfigError(problems);
    const wrong = new Set(parsed.error.issues.map((i) => String(i.path[0])));
    parsed = envSchema.safeParse(Object.fromEntries(Object.entries(cleaned).filter(([k]) => !wrong.has(k))));
    if (!parsed.success) throw new ConfigError(problems);
  }
  const e = parsed.data;

  const allowed: AllowedActors = { emails: [], domains: [] };
  for (const entry of csv(e.ALLOWED_ACTORS)) {
    const actor = actorEntry(entry);
    if (actor && 'email' in actor) allowed.emails.push(actor.email);
    else if (actor) allowed.domains.push(actor.domain);
    else
      problems.push(
        `ALLOWED_ACTORS: "${entry}" is neither an email address nor a domain (use alice@example.com or @example.com)`,
      );
  }
  const common: CommonConfig = {
    webexApiBaseUrl: e.WEBEX_API_BASE_URL.replace(/\/$/, ''),
    ccApiBaseUrl: e.WEBEX_CC_API_BASE_URL.replace(/\/$/, ''),
    allowedActors: allowed,
    dataDir: e.DATA_DIR,
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    databaseSchema: e.DATABASE_SCHEMA,
    port: e.PORT,
    bindHost: e.BIND_HOST ?? (e.WEBEX_BOT_TOKEN ? '0.0.0.0' : '127.0.0.1'),
    logLevel: e.LOG_LEVEL,
    webexRequestsPerSecond: e.WEBEX_REQUESTS_PER_SECOND,
    ccRequestsPerMinute: e.CC_REQUESTS_PER_MINUTE,
    redisUrl: e.REDIS_URL,
    replicas: e.REPLICAS,
    ...(e.REDIS_KEY_PREFIX ? { redisKeyPrefix: e.REDIS_KEY_PREFIX } : {}),
    jobLeaseSeconds: e.JOB_LEASE_SECONDS,
    jobSliceSeconds: e.JOB_SLICE_SECONDS,
    replicaId: e.REPLICA_ID ?? defaultReplicaId(),
    defaultLanguage: 'en',
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    agentDefaults: {
      ...(e.AGENT_DEFAULT_SITE ? { site: e.AGENT_DEFAULT_SITE } : {}),
      ...(e.AGENT_DEFAULT_TEAMS ? { teams: splitTeams(e.AGENT_DEFAULT_TEAMS) } : {}),
      ...(e.AGENT_DEFAULT_DESKTOP_PROFILE ? { desktopProfile: e.AGENT_DEFAULT_DESKTOP_PROFILE } : {}),
      ...(e.AGENT_DEFAULT_MULTIMEDIA_PROFILE ? { multimediaProfile: e.AGENT_DEFAULT_MULTIMEDIA_PROFILE } : {}),
      ...(e.AGENT_DEFAULT_SKILL_PROFILE ? { skillProfile: e.AGENT_DEFAULT_SKILL_PROFILE } : {}),
    },
    sync: {
      mode: e.SYNC_MODE ?? (e.SYNC_ENDPOINT_URL || !e.WEBEX_BOT_TOKEN ? 'endpoint' : 'manual'),
      endpointUrl: e.SYNC_ENDPOINT_URL,
      settings: {
        ...DEFAULT_SYNC_SETTINGS,
        deadlineMs: e.SYNC_DEADLINE_SECONDS * 1000,
        resyncs: e.SYNC_RESYNCS,
        pollInitialMs: e.SYNC_POLL_SECONDS * 1000,
        pollMaxMs: Math.max(e.SYNC_POLL_MAX_SECONDS, e.SYNC_POLL_SECONDS) * 1000,
        summaryWaitMs: e.SYNC_SUMMARY_WAIT_SECONDS * 1000,
        watchIntervalMs: e.SYNC_WATCH_INTERVAL_SECONDS * 1000,
        // Half of the Contact Center API's rate limit for the watcher; the checks after jobs use the rest.
        watchChecksPerMinute: Math.max(1, Math.floor(e.CC_REQUESTS_PER_MINUTE / 2)),
      },
    },
  };
  const adminRoomIds = csv(e.ADMIN_ROOM_IDS);
  const defaultLanguage = e.BOT_LANGUAGE ? parseLang(e.BOT_LANGUAGE) : 'en';
  if (!defaultLanguage)
    problems.push(`BOT_LANGUAGE: "${e.BOT_LANGUAGE}" is not a language the bot speaks; use en or pt-BR`);
  common.defaultLanguage = defaultLanguage ?? 'en';
  // A lease that ends while a live replica still works on its slice would let two replicas work on one job.
  if (e.JOB_SLICE_SECONDS * 2 > e.JOB_LEASE_SECONDS)
    problems.push(
      `JOB_SLICE_SECONDS (${e.JOB_SLICE_SECONDS}) must be at most half of JOB_LEASE_SECONDS (${e.JOB_LEASE_SECONDS}): a slice's users in hand finish after it ends, within the lease`,
    );

  const refreshParts = {
    WEBEX_ADMIN_CLIENT_ID: e.WEBEX_ADMIN_CLIENT_ID,
    WEBEX_ADMIN_CLIENT_SECRET: e.WEBEX_ADMIN_CLIENT_SECRET,
    WEBEX_ADMIN_REFRESH_TOKEN: e.WEBEX_ADMIN_REFRESH_TOKEN,
  };
  const refreshSet = Object.entries(refreshParts).filter(([, v]) => v);
  if (!e.WEBEX_BOT_TOKEN) {
    if (refreshSet.length > 0)
      problems.push(
        `${refreshSet.map(([k]) => k).join(', ')} set but WEBEX_BOT_TOKEN is not: the sandbox brings its own Service App`,
      );
    if (e.WEBEX_ADMIN_TOKEN)
      problems.push(
        'WEBEX_ADMIN_TOKEN is set but WEBEX_BOT_TOKEN is not: set both to run against Webex, or neither to run the sandbox',
      );
    if (e.WEBHOOK_PUBLIC_URL)
      problems.push(
        'WEBHOOK_PUBLIC_URL is set but WEBEX_BOT_TOKEN is not: the sandbox chooses its own webhook address',
      );
    if (e.ORGS_FILE)
      problems.push(
        'ORGS_FILE is set but WEBEX_BOT_TOKEN is not: the sandbox brings its own organizations; use SANDBOX_ORGS=acme,globex for its partner view, or set WEBEX_BOT_TOKEN to serve the organizations of the file',
      );
    if (problems.length > 0) throw new ConfigError(problems);
    return {
      mode: 'sandbox',
      ...common,
      sandboxPort: e.SANDBOX_PORT,
      adminRoomIds,
      sandboxOrgs: csv(e.SANDBOX_ORGS).map((k) => k.toLowerCase()),
    };
  }

  if (e.SANDBOX_ORGS)
    problems.push(
      'SANDBOX_ORGS is set but so is WEBEX_BOT_TOKEN: it chooses organizations of the sandbox; serve real organizations with ORGS_FILE, or remove WEBEX_BOT_TOKEN to run the sandbox',
    );
  if (e.ORGS_FILE) return webexOrgsConfig(e, env, common, problems);

  if (e.SYNC_MODE === 'endpoint' && !e.SYNC_ENDPOINT_URL) {
    problems.push(
      'SYNC_MODE is endpoint but SYNC_ENDPOINT_URL is not set: Webex has no public API for "Synchronize Users"; give the endpoint your deployment offers, or use SYNC_MODE=manual',
    );
  }
  let adminRefresh: AdminRefreshConfig | undefined;
  if (refreshSet.length > 0 && refreshSet.length < 3) {
    const missing = Object.entries(refreshParts)
      .filter(([, v]) => !v)
      .map(([k]) => k);
    problems.push(
      `${missing.join(' and ')} missing: renewing the admin credential needs the client id, the client secret and the refresh token together`,
    );
  } else if (refreshSet.length === 3) {
    adminRefresh = {
      clientId: e.WEBEX_ADMIN_CLIENT_ID!,
      clientSecret: e.WEBEX_ADMIN_CLIENT_SECRET!,
      refreshToken: e.WEBEX_ADMIN_REFRESH_TOKEN!,
    };
  }
  if (!e.WEBEX_ADMIN_TOKEN && refreshSet.length === 0) {
    problems.push(
      "The admin credential is missing: a bot token cannot create people or assign licenses; give a Service App's (or integration's) WEBEX_ADMIN_CLIENT_ID, WEBEX_ADMIN_CLIENT_SECRET and WEBEX_ADMIN_REFRESH_TOKEN, so the bot renews its access token, or at least its access token in WEBEX_ADMIN_TOKEN (see docs/real-organisation.md)",
    );
  } else if (e.WEBEX_ADMIN_TOKEN && e.WEBEX_ADMIN_TOKEN === e.WEBEX_BOT_TOKEN) {
    problems.push(
      'WEBEX_ADMIN_TOKEN is the bot token: provisioning needs a separate admin credential (Service App or integration token)',
    );
  }
  if (adminRoomIds.length === 0)
    problems.push(
      'ADMIN_ROOM_IDS is missing: give the id of the Webex space (or comma-separated spaces) where administrators talk to the bot',
    );
  const webhook = webhookConfig(e, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    mode: 'webex',
    ...common,
    botToken: e.WEBEX_BOT_TOKEN,
    adminToken: e.WEBEX_ADMIN_TOKEN,
    adminRefresh,
    webhook,
    adminRoomIds,
    orgs: undefined,
  };
}

/**
 * Webex mode with an organisations file: each organisation's credential, spaces and settings come from
 * the file, with the environment's values as their defaults. The variables of the one-organisation case
 * that the file replaces are a problem, so that no one wonders which of the two the bot uses.
 */
function webexOrgsConfig(
  e: z.infer<typeof envSchema>,
  env: Record<string, string | undefined>,
  common: CommonConfig,
  problems: string[],
): WebexModeConfig {
  const replaced = (
    [
      'WEBEX_ADMIN_TOKEN',
      'WEBEX_ADMIN_CLIENT_ID',
      'WEBEX_ADMIN_CLIENT_SECRET',
      'WEBEX_ADMIN_REFRESH_TOKEN',
      'ADMIN_ROOM_IDS',
    ] as const
  ).filter((name) => e[name]);
  if (replaced.length > 0)
    problems.push(
      `${replaced.join(', ')} ${replaced.length === 1 ? 'is' : 'are'} set with ORGS_FILE: ${replaced.length === 1 ? 'it belongs' : 'they belong'} in the file now (each organization's credential and spaces); remove ${replaced.length === 1 ? 'it' : 'them'} from the environment`,
    );
  const file = loadOrgsFile(e.ORGS_FILE!, env, {
    ccApiBaseUrl: common.ccApiBaseUrl,
    defaultLanguage: common.defaultLanguage,
    agentDefaults: common.agentDefaults,
    webexRequestsPerSecond: common.webexRequestsPerSecond,
    ccRequestsPerMinute: common.ccRequestsPerMinute,
    sync: common.sync,
    allowedActors: common.allowedActors,
    botToken: e.WEBEX_BOT_TOKEN,
  });
  problems.push(...file.problems);
  const webhook = webhookConfig(e, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    mode: 'webex',
    ...common,
    botToken: e.WEBEX_BOT_TOKEN!,
    adminToken: undefined,
    adminRefresh: undefined,
    webhook,
    // Every space of every organisation: the bot answers in these, each for its organisation(s).
    adminRoomIds: [...new Set(file.orgs.flatMap((o) => o.adminRoomIds))],
    orgs: file.orgs,
  };
}

/** Webhook mode when WEBHOOK_PUBLIC_URL is set (with its secret); websocket mode otherwise. */
function webhookConfig(e: z.infer<typeof envSchema>, problems: string[]): WebexModeConfig['webhook'] {
  if (e.WEBHOOK_PUBLIC_URL) {
    if (!e.WEBHOOK_SECRET)
      problems.push(
        'WEBHOOK_SECRET is missing: with WEBHOOK_PUBLIC_URL set, every delivery must be signed; choose a random string of at least 16 characters',
      );
    else if (e.WEBHOOK_SECRET.length < 16)
      problems.push('WEBHOOK_SECRET is too short: use at least 16 random characters');
    else return { publicUrl: e.WEBHOOK_PUBLIC_URL, secret: e.WEBHOOK_SECRET };
  } else if (e.WEBHOOK_SECRET) {
    problems.push(
      'WEBHOOK_SECRET is set but WEBHOOK_PUBLIC_URL is not: set the public URL for webhook mode, or remove the secret for websocket mode',
    );
  }
  return undefined;
}

/** A replica's name when REPLICA_ID is not given: unique on a machine (pid) and across machines (hostname). */
export function defaultReplicaId(): string {
  return `${hostname()}-${process.pid}`;
}
