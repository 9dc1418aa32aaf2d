import type { Logger } from 'pino';
import { CredentialReporter } from './bot/credential-reporter.js';
import { ContactCenterClient } from './contact-center/cc-client.js';
import type { OnResponse } from './http/app-metrics.js';
import type { RuntimeConfig } from './runtime-config.js';
import type { Storage } from './storage/storage.js';
import { type AdminCredential, RefreshingCredential, StaticCredential } from './webex/admin-credential.js';
import { ApiHttpClient } from './webex/http-client.js';
import { keepTrying } from './webex/keep-trying.js';
import { type Limiter, type Limits, localLimits } from './webex/limiter.js';
import { type Organisation, organisationLookUp } from './webex/organisation.js';
import { redisLimits } from './webex/shared-rate-limiter.js';
import type { Person } from './webex/types.js';
import { WebexClient } from './webex/webex-client.js';

/**
 * Each credential's limiter: in this process (the default), or shared by every replica through Redis
 * when REDIS_URL is set. Closed when the app stops.
 */
export function createLimits(
  config: Pick<RuntimeConfig, 'redisUrl' | 'replicas' | 'redisKeyPrefix'>,
  logger: Logger,
): Limits {
  if (!config.redisUrl) return localLimits;
  return redisLimits({
    url: config.redisUrl,
    ...(config.replicas !== undefined ? { replicas: config.replicas } : {}),
    ...(config.redisKeyPrefix !== undefined ? { keyPrefix: config.redisKeyPrefix } : {}),
    logger: logger.child({ part: 'limits' }),
  });
}

/** A Webex client acting with a credential, paced by its limiter and counted. */
export function webexClient(
  baseUrl: string,
  credential: AdminCredential,
  limiter: Limiter,
  logger: Logger,
  onResponse: OnResponse,
  retryAfterScale?: number,
): WebexClient {
  return new WebexClient(
    new ApiHttpClient({
      api: 'webex',
      baseUrl,
      token: () => credential.token(),
      onUnauthorized: (used) => credential.unauthorized(used),
      limiter,
      logger,
      onResponse,
      ...(retryAfterScale !== undefined ? { retryAfterScale } : {}),
    }),
  );
}

/** The Contact Center API's HTTP client, with the admin credential. */
export function contactCenterHttp(
  config: RuntimeConfig,
  credential: AdminCredential,
  logger: Logger,
  onResponse: OnResponse,
  limiter: Limiter,
): ApiHttpClient {
  return new ApiHttpClient({
    api: 'contact-center',
    baseUrl: config.ccApiBaseUrl,
    token: () => credential.token(),
    onUnauthorized: (used) => credential.unauthorized(used),
    onResponse,
    limiter,
    logger,
    ...(config.retryAfterScale !== undefined ? { retryAfterScale: config.retryAfterScale } : {}),
  });
}

/**
 * The admin credential: renewed with its refresh token (the newest pair sealed in the store) when a
 * Service App's client is configured, the pasted token as it is otherwise.
 */
export async function adminCredential(
  config: RuntimeConfig,
  storage: Pick<Storage, 'tokenVault'>,
  botClient: WebexClient,
  logger: Logger,
  onResponse: OnResponse,
  orgName?: string,
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
    vault: storage.tokenVault('admin', {
      clientSecret,
      configuredRefreshToken: refreshToken,
      logger,
    }),
    listener: new CredentialReporter({
      botClient,
      adminRoomIds: config.adminRoomIds,
      language: config.defaultLanguage ?? 'en',
      logger,
      ...(orgName ? { orgName } : {}),
    }),
    logger,
    ...config.adminRenewal,
  });
  await credential.start();
  return credential;
}

export interface BotClients {
  /** The bot's own client: it speaks in the spaces and downloads what people post to it. */
  botClient: WebexClient;
  botPerson: Person;
}

export interface OrgClients {
  credential: AdminCredential;
  /** The admin credential's client: it reads and provisions the organisation. */
  adminClient: WebexClient;
  ccHttp: ApiHttpClient;
  ccClient: ContactCenterClient;
  organisation: () => Promise<Organisation>;
}

export type Clients = BotClients & OrgClients;

/** The bot's client, once Webex has said who the bot is. */
export async function createBotClient(
  config: RuntimeConfig,
  logger: Logger,
  counted: (client: string, api: 'webex' | 'contact-center') => OnResponse,
  /** Told why the start is waiting for Webex (readiness shows it meanwhile). */
  onStartProblem?: (problem: string) => void,
  limits: Limits = localLimits,
): Promise<BotClients> {
  const { webexApiBaseUrl: baseUrl, webexRequestsPerSecond: perSecond } = config;
  const bot = new StaticCredential(config.botToken);
  const botClient = webexClient(
    baseUrl,
    bot,
    // Webex limits each token: the bot token is its own identity (hashed before it reaches Redis).
    limits.limiter(`bot-token:${config.botToken}`, perSecond),
    logger.child({ client: 'bot' }),
    counted('bot', 'webex'),
    config.retryAfterScale,
  );
  // A wrong bot token is told before the admin credential is touched.
  // Who the bot is: read until Webex answers, so a throttled or failing Webex delays the start
  // instead of ending it.
  const botPerson = await keepTrying("reading the bot's own identity (GET /people/me)", () => botClient.me(), {
    logger,
    ...(onStartProblem ? { onFailure: onStartProblem } : {}),
    ...(config.retryMs ? { firstMs: config.retryMs.first, maxMs: config.retryMs.max } : {}),
  });
  return { botClient, botPerson };
}

/**
 * One organisation's clients: its admin credential (renewed and sealed in its own store), and the
 * Webex and Contact Center clients acting with it, each with its own limiter.
 */
export async function createOrgClients(
  config: RuntimeConfig,
  storage: Pick<Storage, 'tokenVault'>,
  botClient: WebexClient,
  logger: Logger,
  counted: (client: string, api: 'webex' | 'contact-center') => OnResponse,
  /** In a deployment that serves several organisations: the name its credential messages carry. */
  orgName?: string,
  limits: Limits = localLimits,
  /** The organisation's key (`default` with one organisation): part of its credential's identity. */
  orgKey = 'default',
): Promise<OrgClients> {
  const credentialLog = logger.child({ part: 'credential' });
  const credential = await adminCredential(
    config,
    storage,
    botClient,
    credentialLog,
    counted('token', 'webex'),
    orgName,
  );
  // Who the credential is, for the limits shared by the replicas: a Service App's client id (its tokens
  // change at each renewal), or the pasted token itself; only a hash of it reaches Redis.
  const identity = config.adminRefresh
    ? `${orgKey}:client:${config.adminRefresh.clientId}`
    : `${orgKey}:token:${config.adminToken ?? ''}`;
  const adminLog = logger.child({ client: 'admin' });
  const adminClient = webexClient(
    config.webexApiBaseUrl,
    credential,
    limits.limiter(`webex:${identity}`, config.webexRequestsPerSecond),
    adminLog,
    counted('admin', 'webex'),
    config.retryAfterScale,
  );
  const organisation = organisationLookUp(adminClient, config.expectedOrgId);
  const ccLog = logger.child({ client: 'contact-center' });
  // The Contact Center counts per client id, apart from the Webex APIs.
  const ccLimiter = limits.limiter(`contact-center:${identity}`, (config.ccRequestsPerMinute ?? 240) / 60);
  const ccHttp = contactCenterHttp(config, credential, ccLog, counted('admin', 'contact-center'), ccLimiter);
  const ccClient = new ContactCenterClient(ccHttp, () => organisation().then((o) => o.orgUuid));
  return { credential, adminClient, ccHttp, ccClient, organisation };
}
