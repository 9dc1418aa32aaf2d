import type { Logger } from 'pino';
import type { WebexModeConfig } from '../config.js';
import type { AgentSettingNames } from '../contact-center/agent-settings.js';
import { ContactCenterClient } from '../contact-center/cc-client.js';
import { matchNames } from '../provisioning/agent-names.js';
import { tierOfLicense } from '../provisioning/license-model.js';
import { StorageUnavailableError } from '../storage/errors.js';
import { openSqliteStorage } from '../storage/sqlite/open-storage.js';
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

export async function runDoctor(config: WebexModeConfig, logger: Logger): Promise<Check[]> {
  const checks: Check[] = [];
  const add = (check: Check) => checks.push(check);
  const client = (api: 'webex' | 'contact-center', baseUrl: string, credential: AdminCredential) =>
    new ApiHttpClient({
      api,
      baseUrl,
      token: () => credential.token(),
      onUnauthorized: (used) => credential.unauthorized(used),
      logger,
      maxAttempts: 2,
      timeoutMs: 15_000,
    });

  // ---- the bot token ----------------------------------------------------------------------------
  const bot = client('webex', config.webexApiBaseUrl, new StaticCredential(config.botToken));
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

  // ---- the admin spaces ---------------------------------------------------------------------------
  for (const roomId of config.adminRoomIds) {
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
        fix: "Add the bot to the space (space > People > Add people > the bot's address), and check the id in ADMIN_ROOM_IDS (GET /v1/rooms with the bot token lists the spaces it is in).",
      });
    }
  }

  // ---- the admin credential -----------------------------------------------------------------------
  let storage: Storage;
  try {
    // The bot's database is opened by one process at a time (no shared-memory WAL index, see
    // database.ts); a running bot holds it, and the doctor does not wait long for it.
    storage = openSqliteStorage(config.dataDir, { busyTimeoutMs: 1_000 });
  } catch (error) {
    if (error instanceof StorageUnavailableError && error.state === 'locked') {
      add({
        name: 'Data directory',
        verdict: 'fail',
        detail: `the store in ${config.dataDir} is held by a running bot (only one process may open it)`,
        fix: 'Stop the bot while the doctor runs, then start it again; a running bot reports on its store and credential at /readyz.',
      });
      return checks;
    }
    add({
      name: 'Data directory',
      verdict: 'fail',
      detail: `the store in ${config.dataDir} cannot be opened: ${(error as Error).message}`,
      fix: `Make ${config.dataDir} writable by the bot's user (in the container: the /data volume).`,
    });
    return checks;
  }
  const storeProblem = await storage.writeProblem();
  add(
    storeProblem
      ? {
          name: 'Data directory',
          verdict: 'fail',
          detail: storeProblem,
          fix: `Make ${config.dataDir} writable by the bot's user (in the container: the /data volume).`,
        }
      : { name: 'Data directory', verdict: 'ok', detail: `${config.dataDir} is writable` },
  );
  let credential: AdminCredential;
  if (config.adminRefresh) {
    // The bot's own vault: a stored, still valid token is used as it is (renewing here would retire
    // the refresh token a running bot holds), and a renewal made here is stored for the bot.
    const refreshing = new RefreshingCredential({
      http: new ApiHttpClient({ api: 'webex', baseUrl: config.webexApiBaseUrl, logger, maxAttempts: 2 }),
      ...config.adminRefresh,
      ...(config.adminToken ? { accessToken: config.adminToken } : {}),
      vault: storage.tokenVault('admin', {
        clientSecret: config.adminRefresh.clientSecret,
        configuredRefreshToken: config.adminRefresh.refreshToken,
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
            ? "Check WEBEX_ADMIN_CLIENT_ID and WEBEX_ADMIN_CLIENT_SECRET (the Service App's), and take a new refresh token (developer.webex.com > the Service App > Org authorizations) after a Full Administrator authorised the app in Control Hub."
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
    credential = new StaticCredential(config.adminToken!);
    add({
      name: 'Admin credential renewal',
      verdict: 'warn',
      detail: 'WEBEX_ADMIN_TOKEN is a fixed token: the bot cannot renew it, and provisioning stops when it expires',
      fix: "Configure the Service App's WEBEX_ADMIN_CLIENT_ID, WEBEX_ADMIN_CLIENT_SECRET and WEBEX_ADMIN_REFRESH_TOKEN instead.",
    });
  }

  try {
    const admin = client('webex', config.webexApiBaseUrl, credential);
    const me = await probe(admin, 'GET', '/people/me');
    const who = me.body as { type?: string; displayName?: string; emails?: string[]; orgId?: string } | undefined;
    if (me.status !== 200) {
      add({
        name: 'Admin credential',
        verdict: 'fail',
        detail: `Webex does not accept it (${me.status === 'unreachable' ? me.error : `HTTP ${me.status}`})`,
        fix: 'Configure a current token of the Service App (or an integration authorised by a Full Administrator).',
      });
      return modeChecks(config, checks);
    }
    if (who?.type === 'bot') {
      add({
        name: 'Admin credential',
        verdict: 'fail',
        detail: "it is a bot's token: bots cannot create people or assign licenses",
        fix: 'Use a Service App (or an integration authorised by a Full Administrator).',
      });
      return modeChecks(config, checks);
    }
    add({
      name: 'Admin credential',
      verdict: 'ok',
      detail: `${who?.displayName ?? 'the admin identity'} (${who?.type ?? 'person'}) in organisation ${who?.orgId}`,
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
    const cc = client('contact-center', config.ccApiBaseUrl, credential);
    const ccRead = await probe(cc, 'GET', `/organization/${orgUuid}/v2/user`, undefined);
    if (ccRead.status === 'unreachable' || ccRead.status === 404 || ccRead.status === 401) {
      add({
        name: 'Contact Center API',
        verdict: 'fail',
        detail: `${config.ccApiBaseUrl} did not serve the organisation's users (${ccRead.status === 'unreachable' ? ccRead.error : `HTTP ${ccRead.status}`})`,
        fix: 'Set WEBEX_CC_API_BASE_URL to the data center of the tenant (https://api.wxcc-us1.cisco.com, -eu1, -eu2, -anz1, -ca1, -jp1, -sg1: Control Hub > Contact Center > Settings shows it).',
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
        detail: `${config.ccApiBaseUrl} answers; cjp:config_read present`,
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
      add(await agentDefaultsCheck(config, new ContactCenterClient(cc, async () => orgUuid)));
    }
  } finally {
    credential.stop();
    await storage.close();
  }

  return modeChecks(config, checks);
}

/**
 * The configured defaults for new agents (AGENT_DEFAULT_*), by name against the Contact Center's sites,
 * teams and profiles: a name it does not have would leave every new agent needing settings.
 */
async function agentDefaultsCheck(config: WebexModeConfig, cc: ContactCenterClient): Promise<Check> {
  const name = 'Agent defaults';
  const names = config.agentDefaults;
  if (!hasNames(names))
    return {
      name,
      verdict: 'warn',
      detail: 'no AGENT_DEFAULT_* is set',
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
  if (unknown.length === 0)
    return { name, verdict: 'ok', detail: 'every AGENT_DEFAULT_* name is in the Contact Center' };
  return {
    name,
    verdict: 'fail',
    detail: unknown
      .map(
        (u) =>
          `"${u.name}" (${u.field}) is not in the Contact Center${u.closest.length > 0 ? `; closest: ${u.closest.map((c) => `"${c}"`).join(', ')}` : ''}`,
      )
      .join('; '),
    fix: "Correct the AGENT_DEFAULT_* names to the Contact Center's own (Control Hub > Contact Center > the sites, teams and desktop profiles pages).",
  };
}

function hasNames(names: AgentSettingNames | undefined): names is AgentSettingNames {
  return names !== undefined && Object.values(names).some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));
}

/** How Webex reaches the bot, and how synchronisations are asked for. */
function modeChecks(config: WebexModeConfig, checks: Check[]): Check[] {
  const add = (check: Check) => checks.push(check);
  if (config.webhook) {
    const url = new URL(config.webhook.publicUrl);
    add(
      url.protocol === 'https:'
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
          },
    );
  } else {
    add({
      name: 'Websocket mode',
      verdict: 'ok',
      detail: 'no WEBHOOK_PUBLIC_URL: the bot opens a websocket to Webex (works behind a firewall, no inbound port)',
    });
  }
  add({
    name: 'Synchronisation',
    verdict: 'ok',
    detail:
      config.sync.mode === 'manual'
        ? 'manual: after each change the bot asks the admins to press "Synchronize Users" in Control Hub'
        : `endpoint ${config.sync.endpointUrl}`,
  });
  return checks;
}

export function formatReport(checks: Check[]): string {
  const mark: Record<Verdict, string> = { ok: '✔', warn: '!', fail: '✘' };
  const lines = checks.flatMap((c) => [
    `${mark[c.verdict]} ${c.name}: ${c.detail}`,
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
  return lines.join('\n');
}
