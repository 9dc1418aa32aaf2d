import type { Logger } from 'pino';
import { CredentialReporter } from './bot/credential-reporter.js';
import { ContactCenterClient } from './contact-center/cc-client.js';
import type { OnResponse } from './http/app-metrics.js';
import type { RuntimeConfig } from './runtime-config.js';
import type { Storage } from './storage/storage.js';
import { type AdminCredential, RefreshingCredential, StaticCredential } from './webex/admin-credential.js';
import { ApiHttpClient } from './webex/http-client.js';
import { keepTrying } from './webex/keep-trying.js';
import { type Organisation, organisationLookUp } from './webex/organisation.js';
import { RateLimiter } from './webex/rate-limiter.js';
import type { Person } from './webex/types.js';
import { WebexClient } from './webex/webex-client.js';

/** A Webex client acting with a credential, paced and counted. */
export function webexClient(
  baseUrl: string,
  credential: AdminCredential,
  perSecond: number,
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
      limiter: new RateLimiter(perSecond),
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
): ApiHttpClient {
  return new ApiHttpClient({
    api: 'contact-center',
    baseUrl: config.ccApiBaseUrl,
    token: () => credential.token(),
    onUnauthorized: (used) => credential.unauthorized(used),
    onResponse,
    limiter: new RateLimiter((config.ccRequestsPerMinute ?? 240) / 60),
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
): Promise<BotClients> {
  const { webexApiBaseUrl: baseUrl, webexRequestsPerSecond: perSecond } = config;
  const bot = new StaticCredential(config.botToken);
  const botClient = webexClient(
    baseUrl,
    bot,
    perSecond,
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
  const adminLog = logger.child({ client: 'admin' });
  const adminClient = webexClient(
    config.webexApiBaseUrl,
    credential,
    config.webexRequestsPerSecond,
    adminLog,
    counted('admin', 'webex'),
    config.retryAfterScale,
  );
  const organisation = organisationLookUp(adminClient, config.expectedOrgId);
  const ccLog = logger.child({ client: 'contact-center' });
  const ccHttp = contactCenterHttp(config, credential, ccLog, counted('admin', 'contact-center'));
  const ccClient = new ContactCenterClient(ccHttp, () => organisation().then((o) => o.orgUuid));
  return { credential, adminClient, ccHttp, ccClient, organisation };
}
