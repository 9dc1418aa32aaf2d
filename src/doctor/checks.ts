import { join } from 'node:path';
import type { Logger } from 'pino';
import type { OrgConfig, SyncConfig, WebexModeConfig } from '../config.js';
import type { AgentSettingNames } from '../contact-center/agent-settings.js';
import { ContactCenterClient } from '../contact-center/cc-client.js';
import { matchNames } from '../provisioning/agent-names.js';
import { tierOfLicense } from '../provisioning/license-model.js';
import { StorageUnavailableError } from '../storage/errors.js';
import { openStorage, orgSchema } from '../storage/open-storage.js';
import { describeServer, inspectDatabase } from '../storage/postgres/inspect.js';
import type { Storage } from '../storage/storage.js';
import { type AdminCredential, RefreshingCredential, StaticCredential } from '../webex/admin-credential.js';
import { WebexApiError } from '../webex/errors.js';
import { ApiHttpClient } from '../webex/http-client.js';
import { hydraKey } from '../webex/hydra-id.js';
import type { License } from '../webex/types.js';

/**
 * `npm run doctor`: checks a real configuration end to end against Webex, the way the bot will use
 * it, and says what to fix. Nothing it does changes anything in the organisation: the write-scope
 * probes address a person and a Contact Center user that do not exist.
 */

export type Verdict = 'ok' | 'warn' | 'fail';

export interface Check {
  /** The organisation it concerns, when the deployment serves several (ORGS_FILE). */
  org?: { key: string; name: string };
  name: string;
  verdict: Verdict;
  detail: string;
  fix?: string;
}

const ABSENT_PERSON = 'Y2lzY29zcGFyazovL3VzL1BFT1BMRS8wMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA';
const ABSENT_UUID = '00000000-0000-0000-0000-000000000000';

const SCOPE_FIX = (scope: string) =>
  `Add the scope ${scope} to the Service App on developer.webex.com (My Webex Apps > the app > Scopes), have a Full Administrator authorise it again in Control Hub (Apps > Service Apps), and configure the new refresh token.`;

function failure(error: unknown): string {
  if (error instanceof WebexApiError)
    return `${error.message}${error.status ? ` (HTTP ${error.status})` : ''}${error.trackingId ? `, trackingId ${error.trackingId}` : ''}`;
  return (error as Error).message;
}

interface Probe {
  status: number | 'unreachable';
  body: unknown;
  error?: string;
}

async function probe(http: ApiHttpClient, method: string, path: string, body?: unknown): Promise<Probe> {
  try {
    const res = await http.request<unknown>(method, path, {
      accept: () => true,
      idempotent: true,
      ...(body === undefined ? {} : { body }),
    });
    return { status: res.status, body: res.body };
  } catch (error) {
    return { status: 'unreachable', body: undefined, error: failure(error) };
  }
}

/**
 * What the doctor checks for one organisation, and the words its fixes use: the variables of the
 * one-organisation configuration, or the organisation's place in the organisations file.
 */
interface Target {
  /** Absent for the one organisation of the environment variables. */
  org?: { key: string; name: string; orgId: string | undefined };
  adminRoomIds: string[];
  adminToken: string | undefined;
  adminRefresh: WebexModeConfig['adminRefresh'];
  ccApiBaseUrl: string;
  agentDefaults: AgentSettingNames;
  sync: SyncConfig;
  /** Where its store (and the token vault with its renewed credential) lives. */
  dataDir: string;
  /** With DATABASE_URL: its schema there instead of the SQLite file under `dataDir`. */
  databaseSchema: string;
  terms: Terms;
}

interface Terms {
  spaces: string;
  refusedFix: string;
  fixedToken: string;
  fixedTokenFix: string;
  regionFix: string;
  noDefaults: string;
  defaultsOk: string;
  defaultsFix: string;
}

const ENV_TERMS: Terms = {
  spaces: 'ADMIN_ROOM_IDS',
  refusedFix:
    "Check WEBEX_ADMIN_CLIENT_ID and WEBEX_ADMIN_CLIENT_SECRET (the Service App's), and take a new refresh token (developer.webex.com > the Service App > Org authorizations) after a Full Administrator authorised the app in Control Hub.",
  fixedToken: 'WEBEX_ADMIN_TOKEN is a fixed token',
  fixedTokenFix:
    "Configure the Service App's WEBEX_ADMIN_CLIENT_ID, WEBEX_ADMIN_CLIENT_SECRET and WEBEX_ADMIN_REFRESH_TOKEN instead.",
  regionFix:
    'Set WEBEX_CC_API_BASE_URL to the data center of the tenant (https://api.wxcc-us1.cisco.com, -eu1, -eu2, -anz1, -ca1, -jp1, -sg1: Control Hub > Contact Center > Settings shows it).',
  noDefaults: 'no AGENT_DEFAULT_* is set',
  defaultsOk: 'every AGENT_DEFAULT_* name is in the Contact Center',
  defaultsFix:
    "Correct the AGENT_DEFAULT_* names to the Contact Center's own (Control Hub > Contact Center > the sites, teams and desktop profiles pages).",
};

function fileTerms(index: number): Terms {
  const at = `organizations[${index}]`;
  return {
    spaces: `${at}.spaces (or partner.spaces) of ORGS_FILE`,
    refusedFix: `Check ${at}.credential.clientId and clientSecret in ORGS_FILE (the Service App's), and take this organization's refresh token (developer.webex.com > the Service App > Org authorizations) after its Full Administrator authorised the app in Control Hub.`,
    fixedToken: 'its credential is a fixed accessToken',
    fixedTokenFix: `Give ${at}.credential the Service App's clientId, clientSecret and refreshToken for this organization instead.`,
    regionFix: `Set ${at}.contactCenterRegion in ORGS_FILE to the data center of the tenant (us1, eu1, eu2, anz1, ca1, jp1, sg1: Control Hub > Contact Center > Tenant settings shows it), or contactCenterApiUrl.`,
    noDefaults: 'no agent defaults are set (agentDefaults in ORGS_FILE, or AGENT_DEFAULT_*)',
    defaultsOk: 'every agent default name is in the Contact Center',
    defaultsFix: `Correct ${at}.agentDefaults in ORGS_FILE (or the AGENT_DEFAULT_* it takes from the environment) to the Contact Center's own names (Control Hub > Contact Center > the sites, teams and desktop profiles pages).`,
  };
}

/** An organisation of the file, as the doctor checks it: its data apart under `<DATA_DIR>/orgs/<key>`. */
function orgTarget(config: WebexModeConfig, org: OrgConfig, index: number): Target {
  return {
    org: { key: org.key, name: org.name, orgId: org.orgId },
    adminRoomIds: org.adminRoomIds,
    adminToken: org.adminToken,
    adminRefresh: org.adminRefresh,
    ccApiBaseUrl: org.ccApiBaseUrl,
    agentDefaults: org.agentDefaults,
    sync: org.sync,
    dataDir: join(config.dataDir, 'orgs', org.key),
    databaseSchema: orgSchema(config.databaseSchema, org.key),
    terms: fileTerms(index),
  };
}

export async function runDoctor(config: WebexModeConfig, logger: Logger): Promise<Check[]> {
  const checks: Check[] = [];
  const add = (check: Check) => checks.push(check);

  // ---- the bot token ----------------------------------------------------------------------------
  const bot = apiClient(logger, 'webex', config.webexApiBaseUrl, new StaticCredential(config.botToken));
  const botMe = await probe(bot, 'GET', '/people/me');
  const botPerson = botMe.body as { type?: string; displayName?: string; emails?: string[] } | undefined;
  if (botMe.status === 'unreachable') {
    add({
      name: 'Webex API',
      verdict: 'fail',
      detail: `cannot reach ${config.webexApiBaseUrl}: ${botMe.error}`,
      fix: 'Check WEBEX_API_BASE_URL (https://webexapis.com/v1) and that this host may reach it (proxy, firewall).',
    });
    return checks;
  }
  if (botMe.status === 401) {
    add({
      name: 'Bot token',
      verdict: 'fail',
      detail: 'Webex does not accept WEBEX_BOT_TOKEN (mistyped, regenerated or the bot deleted)',
      fix: "Copy the bot's access token from developer.webex.com (My Webex Apps > the bot > Regenerate access token) into WEBEX_BOT_TOKEN.",
    });
  } else if (botMe.status !== 200) {
    add({ name: 'Bot token', verdict: 'fail', detail: `GET /people/me answered ${botMe.status}` });
  } else if (botPerson?.type !== 'bot') {
    add({
      name: 'Bot token',
      verdict: 'fail',
      detail: `WEBEX_BOT_TOKEN belongs to ${botPerson?.emails?.[0] ?? 'someone'}, a ${botPerson?.type ?? 'person'}, not a bot: the bot would speak as that identity`,
      fix: 'Create a bot on developer.webex.com (My Webex Apps > Create a Bot) and use its token.',
    });
  } else {
    add({ name: 'Bot token', verdict: 'ok', detail: `the bot ${botPerson.displayName} (${botPerson.emails?.[0]})` });
  }

  if (config.databaseUrl) {
    const schemas = [config.databaseSchema, ...(config.orgs ?? []).map((o) => orgSchema(config.databaseSchema, o.key))];
    if ((await databaseChecks(config.databaseUrl, schemas, add)) === 'stopped') return checks;
  }

  if (config.orgs) {
    // Every organisation of the file in turn, each check named with it; one failing does not stop the next.
    for (const [index, org] of config.orgs.entries()) {
      const target = orgTarget(config, org, index);
      const tag = (check: Check) => add({ ...check, org: { key: org.key, name: org.name } });
      if ((await organisationChecks(config, target, bot, tag, logger)) === 'done') tag(syncCheck(target.sync));
    }
    return [...checks, webhookCheck(config)];
  }

  const single: Target = {
    adminRoomIds: config.adminRoomIds,
    adminToken: config.adminToken,
    adminRefresh: config.adminRefresh,
    ccApiBaseUrl: config.ccApiBaseUrl,
    agentDefaults: config.agentDefaults,
    sync: config.sync,
    dataDir: config.dataDir,
    databaseSchema: config.databaseSchema,
    terms: ENV_TERMS,
  };
  if ((await organisationChecks(config, single, bot, add, logger)) === 'stopped') return checks;
  return [...checks, webhookCheck(config), syncCheck(config.sync)];
}

/**
 * The PostgreSQL database of DATABASE_URL: that it answers, and for each schema the bot uses (the
 * deployment's, each organisation's) which migrations it has and which the bot applies at start. Nothing
 * is changed here; the store checks of each organisation then open their schema and write to it.
 */
async function databaseChecks(
  url: string,
  schemas: string[],
  add: (check: Check) => void,
): Promise<'done' | 'stopped'> {
  let report: Awaited<ReturnType<typeof inspectDatabase>>;
  try {
    report = await inspectDatabase(url, schemas);
  } catch (error) {
    add({
      name: 'Database',
      verdict: 'fail',
      detail: `cannot reach ${describeServer(url)}: ${(error as Error).message}`,
      fix: 'Check DATABASE_URL (host, port, database, user and password) and that this host may reach the database; unset DATABASE_URL to keep the store in SQLite under DATA_DIR.',
    });
    return 'stopped';
  }
  add({ name: 'Database', verdict: 'ok', detail: `${report.where} answers (PostgreSQL ${report.version})` });
  for (const s of report.schemas) {
    if (s.problem) {
      add({
        name: 'Database schema',
        verdict: 'fail',
        detail: s.problem,
        fix: 'Run the version of the bot that migrated this schema (or a newer one), or restore a backup of the database.',
      });
      continue;
    }
    const latest = s.applied.at(-1);
    add({
      name: 'Database schema',
      verdict: 'ok',
      detail:
        s.pending.length === 0
          ? `${s.schema} is up to date (migration ${latest})`
          : latest === undefined
            ? `${s.schema} does not exist yet: it is created with ${s.pending.join(', ')} when opened`
            : `${s.schema} is at migration ${latest}: it gets ${s.pending.join(', ')} when opened`,
    });
  }
  return 'done';
}

function apiClient(
  logger: Logger,
  api: 'webex' | 'contact-center',
  baseUrl: string,
  credential: AdminCredential,
): ApiHttpClient {
  return new ApiHttpClient({
    api,
    baseUrl,
    token: () => credential.token(),
    onUnauthorized: (used) => credential.unauthorized(used),
    logger,
    maxAttempts: 2,
    timeoutMs: 15_000,
  });
}

/** The same organisation, whatever form of its id each side gives (Hydra id or the UUID inside it). */
function sameOrg(a: string, b: string): boolean {
  const key = (id: string) => (hydraKey(id, 'ORGANIZATION') ?? id).toLowerCase();
  return key(a) === key(b);
}

/**
 * One organisation: its spaces, its store, its admin credential and scopes, its Contact Center and
 * its agent defaults. 'stopped' when its store could not be opened (nothing after it can be checked).
 */
async function organisationChecks(
  config: WebexModeConfig,
  target: Target,
  bot: ApiHttpClient,
  add: (check: Check) => void,
  logger: Logger,
): Promise<'done' | 'stopped'> {
  const { terms } = target;
  // ---- the admin spaces ---------------------------------------------------------------------------
  for (const roomId of target.adminRoomIds) {
    const room = await probe(bot, 'GET', `/rooms/${encodeURIComponent(roomId)}`);
    if (room.status === 200)
      add({
        name: 'Admin space',
        verdict: 'ok',
        detail: `"${(room.body as { title?: string }).title}" is reachable by the bot`,
      });
    else {
      add({
        name: 'Admin space',
        verdict: 'fail',
        detail: `the bot cannot see the space ${roomId} (${room.status === 'unreachable' ? room.error : `HTTP ${room.status}`})`,
        fix: `Add the bot to the space (space > People > Add people > the bot's address), and check the id in ${terms.spaces} (GET /v1/rooms with the bot token lists the spaces it is in).`,
      });
    }
  }

  // ---- the admin credential -----------------------------------------------------------------------
  let storage: Storage;
  const onDatabase = !!config.databaseUrl;
  const storeName = onDatabase ? 'Database' : 'Data directory';
  const storeFix = onDatabase
    ? `Let the database user of DATABASE_URL create and write the schema ${target.databaseSchema} (GRANT CREATE ON DATABASE, or create the schema and grant it to that user), and point DATABASE_URL at the primary server, not a read-only standby.`
    : `Make ${config.dataDir} writable by the bot's user (in the container: the /data volume).`;
  try {
    // The bot's SQLite database is opened by one process at a time (no shared-memory WAL index, see
    // database.ts); a running bot holds it, and the doctor does not wait long for it. PostgreSQL is shared.
    storage = await openStorage({
      dataDir: target.dataDir,
      databaseUrl: config.databaseUrl,
      schema: target.databaseSchema,
      busyTimeoutMs: 1_000,
    });
  } catch (error) {
    if (error instanceof StorageUnavailableError && error.state === 'locked') {
      add({
        name: 'Data directory',
        verdict: 'fail',
        detail: `the store in ${target.dataDir} is held by a running bot (only one process may open it)`,
        fix: 'Stop the bot while the doctor runs, then start it again; a running bot reports on its store and credential at /readyz.',
      });
      return 'stopped';
    }
    add({
      name: storeName,
      verdict: 'fail',
      detail: `the store in ${onDatabase ? `schema ${target.databaseSchema}` : target.dataDir} cannot be opened: ${(error as Error).message}`,
      fix: storeFix,
    });
    return 'stopped';
  }
  const storeProblem = await storage.writeProblem();
  add(
    storeProblem
      ? { name: storeName, verdict: 'fail', detail: storeProblem, fix: storeFix }
      : {
          name: storeName,
          verdict: 'ok',
          detail: onDatabase ? `schema ${target.databaseSchema} is writable` : `${target.dataDir} is writable`,
        },
  );
  let credential: AdminCredential;
  if (target.adminRefresh) {
    // The bot's own vault: a stored, still valid token is used as it is (renewing here would retire
    // the refresh token a running bot holds), and a renewal made here is stored for the bot.
    const refreshing = new RefreshingCredential({
      http: new ApiHttpClient({ api: 'webex', baseUrl: config.webexApiBaseUrl, logger, maxAttempts: 2 }),
      ...target.adminRefresh,
      ...(target.adminToken ? { accessToken: target.adminToken } : {}),
      vault: storage.tokenVault('admin', {
        clientSecret: target.adminRefresh.clientSecret,
        configuredRefreshToken: target.adminRefresh.refreshToken,
        logger,
      }),
      logger,
      retryMs: 3_600_000,
    });
    await refreshing.start();
    credential = refreshing;
    if (refreshing.problem) {
      add({
        name: 'Admin credential renewal',
        verdict: 'fail',
        detail: `${refreshing.problem.kind === 'refused' ? 'Webex refused the refresh token or client' : 'the token service did not answer'}: ${refreshing.problem.detail}`,
        fix:
          refreshing.problem.kind === 'refused'
            ? terms.refusedFix
            : 'Try again; check that this host reaches webexapis.com.',
      });
    } else {
      add({
        name: 'Admin credential renewal',
        verdict: 'ok',
        detail: `access token valid until ${new Date(refreshing.expiresAt!).toISOString()}, renewed automatically`,
      });
    }
  } else {
    credential = new StaticCredential(target.adminToken!);
    add({
      name: 'Admin credential renewal',
      verdict: 'warn',
      detail: `${terms.fixedToken}: the bot cannot renew it, and provisioning stops when it expires`,
      fix: terms.fixedTokenFix,
    });
  }

  try {
    const admin = apiClient(logger, 'webex', config.webexApiBaseUrl, credential);
    const me = await probe(admin, 'GET', '/people/me');
    const who = me.body as { type?: string; displayName?: string; emails?: string[]; orgId?: string } | undefined;
    if (me.status !== 200) {
      add({
        name: 'Admin credential',
        verdict: 'fail',
        detail: `Webex does not accept it (${me.status === 'unreachable' ? me.error : `HTTP ${me.status}`})`,
        fix: 'Configure a current token of the Service App (or an integration authorised by a Full Administrator).',
      });
      return 'done';
    }
    if (who?.type === 'bot') {
      add({
        name: 'Admin credential',
        verdict: 'fail',
        detail: "it is a bot's token: bots cannot create people or assign licenses",
        fix: 'Use a Service App (or an integration authorised by a Full Administrator).',
      });
      return 'done';
    }
    const configuredOrg = target.org?.orgId;
    if (configuredOrg && who?.orgId && !sameOrg(configuredOrg, who.orgId)) {
      // Probing further would check another customer's organisation: what matters is that this one is wrong.
      add({
        name: 'Admin credential',
        verdict: 'fail',
        detail: `it belongs to organization ${who.orgId}, not to the configured orgId ${configuredOrg}`,
        fix: "Take the refresh token of this organization's own authorisation of the Service App (developer.webex.com > the Service App > Org authorizations), or correct its orgId in ORGS_FILE.",
      });
      return 'done';
    }
    add({
      name: 'Admin credential',
      verdict: 'ok',
      detail: `${who?.displayName ?? 'the admin identity'} (${who?.type ?? 'person'}) in organisation ${who?.orgId}${configuredOrg ? ', the configured orgId' : ''}`,
    });

    const scope = async (
      name: string,
      scopeName: string,
      method: string,
      path: string,
      body?: unknown,
      baseHttp = admin,
    ): Promise<Probe> => {
      const answer = await probe(baseHttp, method, path, body);
      if (answer.status === 403)
        add({ name, verdict: 'fail', detail: `missing ${scopeName} (Webex answered 403)`, fix: SCOPE_FIX(scopeName) });
      else if (answer.status === 'unreachable' || answer.status >= 500 || answer.status === 401)
        add({ name, verdict: 'fail', detail: `could not be checked: ${answer.error ?? `HTTP ${answer.status}`}` });
      else add({ name, verdict: 'ok', detail: `${scopeName} present` });
      return answer;
    };
    await scope('Read people', 'spark-admin:people_read', 'GET', '/people', undefined);
    await scope('Change people and licenses', 'spark-admin:people_write', 'PUT', `/people/${ABSENT_PERSON}`, {
      displayName: 'doctor probe: this person does not exist',
    });
    // The Full Administrator role is granted and removed through SCIM 2 (identity:people_rw): a role PATCH
    // on a user that does not exist answers 404 with the scope, 403 without it.
    const scimOrg = (who?.orgId && hydraKey(who.orgId, 'ORGANIZATION')) ?? who?.orgId ?? '';
    await scope(
      'Change administrator roles',
      'identity:people_rw',
      'PATCH',
      `${new URL(admin.baseUrl).origin}/identity/scim/${scimOrg}/v2/Users/${ABSENT_UUID}`,
      {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [{ op: 'add', path: 'roles', value: [{ value: 'id_full_admin', type: 'cirole' }] }],
      },
    );
    await scope('Read roles', 'spark-admin:roles_read', 'GET', '/roles');
    const licenses = await scope('Read licenses', 'spark-admin:licenses_read', 'GET', '/licenses');
    if (licenses.status === 200) {
      const items = ((licenses.body as { items?: License[] }).items ?? []).filter((l) => tierOfLicense(l));
      if (items.length === 0) {
        add({
          name: 'Contact Center licenses',
          verdict: 'fail',
          detail: 'no Standard or Premium Agent license is visible to the admin credential',
          fix: 'Check that the organisation has a Webex Contact Center subscription and that the Service App is authorised in that organisation.',
        });
      } else {
        add({
          name: 'Contact Center licenses',
          verdict: 'ok',
          detail: items
            .map((l) => `${l.name}: ${(l.totalUnits ?? 0) - (l.consumedUnits ?? 0)} of ${l.totalUnits ?? 0} free`)
            .join('; '),
        });
      }
    }

    // ---- the Contact Center API -----------------------------------------------------------------
    const orgUuid = (who?.orgId && hydraKey(who.orgId, 'ORGANIZATION')) ?? who?.orgId ?? '';
    const cc = apiClient(logger, 'contact-center', target.ccApiBaseUrl, credential);
    const ccRead = await probe(cc, 'GET', `/organization/${orgUuid}/v2/user`, undefined);
    if (ccRead.status === 'unreachable' || ccRead.status === 404 || ccRead.status === 401) {
      add({
        name: 'Contact Center API',
        verdict: 'fail',
        detail: `${target.ccApiBaseUrl} did not serve the organisation's users (${ccRead.status === 'unreachable' ? ccRead.error : `HTTP ${ccRead.status}`})`,
        fix: terms.regionFix,
      });
    } else if (ccRead.status === 403) {
      add({
        name: 'Contact Center API',
        verdict: 'fail',
        detail: 'missing cjp:config_read (Webex answered 403)',
        fix: SCOPE_FIX('cjp:config_read'),
      });
    } else {
      add({
        name: 'Contact Center API',
        verdict: 'ok',
        detail: `${target.ccApiBaseUrl} answers; cjp:config_read present`,
      });
      // The bulk partial update the bot writes agent settings with, for a user that does not exist:
      // the item is refused on its own (207), or the whole call with 403 when the scope is missing.
      await scope(
        'Change Contact Center users',
        'cjp:config_write',
        'PATCH',
        `/organization/${orgUuid}/user/bulk`,
        { items: [{ item: { id: ABSENT_UUID }, itemIdentifier: 0, requestAction: 'SAVE' }] },
        cc,
      );
      add(await agentDefaultsCheck(target, new ContactCenterClient(cc, async () => orgUuid)));
    }
  } finally {
    credential.stop();
    await storage.close();
  }
  return 'done';
}

/**
 * The configured defaults for new agents (AGENT_DEFAULT_*, or an organisation's agentDefaults), by name
 * against the Contact Center's sites, teams and profiles: a name it does not have would leave every new
 * agent needing settings.
 */
async function agentDefaultsCheck(target: Target, cc: ContactCenterClient): Promise<Check> {
  const name = 'Agent defaults';
  const names = target.agentDefaults;
  if (!hasNames(names))
    return {
      name,
      verdict: 'warn',
      detail: target.terms.noDefaults,
      fix: 'New agents then need their site, team and desktop profile on the card or in the file; set the defaults with AGENT_DEFAULT_SITE, AGENT_DEFAULT_TEAMS and AGENT_DEFAULT_DESKTOP_PROFILE, or with the `template` command.',
    };
  let catalogue: Awaited<ReturnType<ContactCenterClient['catalogue']>>;
  try {
    catalogue = await cc.catalogue();
  } catch (error) {
    return {
      name,
      verdict: 'fail',
      detail: `the Contact Center's sites, teams and profiles could not be read: ${failure(error)}`,
    };
  }
  const { unknown } = matchNames(catalogue, names);
  if (unknown.length === 0) return { name, verdict: 'ok', detail: target.terms.defaultsOk };
  return {
    name,
    verdict: 'fail',
    detail: unknown
      .map(
        (u) =>
          `"${u.name}" (${u.field}) is not in the Contact Center${u.closest.length > 0 ? `; closest: ${u.closest.map((c) => `"${c}"`).join(', ')}` : ''}`,
      )
      .join('; '),
    fix: target.terms.defaultsFix,
  };
}

function hasNames(names: AgentSettingNames | undefined): names is AgentSettingNames {
  return names !== undefined && Object.values(names).some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));
}

/** How Webex reaches the bot. */
function webhookCheck(config: WebexModeConfig): Check {
  if (config.webhook) {
    const url = new URL(config.webhook.publicUrl);
    return url.protocol === 'https:'
      ? {
          name: 'Webhook mode',
          verdict: 'ok',
          detail: `Webex posts to ${config.webhook.publicUrl}, signed with WEBHOOK_SECRET`,
        }
      : {
          name: 'Webhook mode',
          verdict: 'warn',
          detail: `${config.webhook.publicUrl} is not https: Webex needs a public https address`,
          fix: 'Put the bot behind a TLS-terminating proxy or load balancer and give its https URL.',
        };
  }
  return {
    name: 'Websocket mode',
    verdict: 'ok',
    detail: 'no WEBHOOK_PUBLIC_URL: the bot opens a websocket to Webex (works behind a firewall, no inbound port)',
  };
}

/** How synchronisations are asked for. */
function syncCheck(sync: SyncConfig): Check {
  return {
    name: 'Synchronisation',
    verdict: 'ok',
    detail:
      sync.mode === 'manual'
        ? 'manual: after each change the bot asks the admins to press "Synchronize Users" in Control Hub'
        : `endpoint ${sync.endpointUrl}`,
  };
}

const orgLabel = (org: { key: string; name: string }) => (org.name === org.key ? org.key : `${org.name} (${org.key})`);

export function formatReport(checks: Check[]): string {
  const mark: Record<Verdict, string> = { ok: '✔', warn: '!', fail: '✘' };
  const lines = checks.flatMap((c) => [
    `${mark[c.verdict]} ${c.org ? `${c.org.name}: ` : ''}${c.name}: ${c.detail}`,
    ...(c.fix && c.verdict !== 'ok' ? [`    Fix: ${c.fix}`] : []),
  ]);
  const failed = checks.filter((c) => c.verdict === 'fail').length;
  const warned = checks.filter((c) => c.verdict === 'warn').length;
  lines.push(
    '',
    failed === 0
      ? `All checks passed${warned ? ` (${warned} warning${warned === 1 ? '' : 's'})` : ''}: the bot can run with this configuration.`
      : `${failed} check${failed === 1 ? '' : 's'} failed: fix ${failed === 1 ? 'it' : 'them'} and run the doctor again.`,
  );
  // Several organisations: which of them can be served, and which cannot yet.
  const orgs = new Map(checks.flatMap((c) => (c.org ? [[c.org.key, c.org] as const] : [])));
  if (orgs.size > 0) {
    const failing = [...orgs.values()].filter((o) => checks.some((c) => c.org?.key === o.key && c.verdict === 'fail'));
    const passing = [...orgs.values()].filter((o) => !failing.includes(o));
    if (failing.length > 0)
      lines.push(`Failing organization${failing.length === 1 ? '' : 's'}: ${failing.map(orgLabel).join(', ')}.`);
    if (passing.length > 0)
      lines.push(`Organization${passing.length === 1 ? '' : 's'} passing: ${passing.map(orgLabel).join(', ')}.`);
  }
  return lines.join('\n');
}
