/**
 * Contact Center onboarding: new agents by CSV with their site, team and desktop profile, from Confirm
 * to every agent ready to log in (enabled, with those settings, as the sandbox's Contact Center holds
 * them), under the sandbox's limits: 20 requests/s per token on Webex, 300 requests per minute per
 * client on the Contact Center (developer.webex.com rate limiting), 50 ms per call, and a 5 s
 * "Synchronize Users". Compared in the same run with what a script writer does: license each user
 * (search, then create), press Synchronize Users, then read and update each Contact Center user.
 */
import type { SandboxFixture } from '../test/support/sandbox-api.js';
import { ADMIN, confirmAndWait, startBot, startSandbox, uploadForPreview } from './lib.js';

const WEBEX_PER_SECOND = 20;
const CC_PER_MINUTE = 300;
const SYNC_DELAY_MS = 5_000;
const FAULTS = {
  rateLimitPerSecond: WEBEX_PER_SECOND,
  ccRateLimitPerMinute: CC_PER_MINUTE,
  latencyMs: 50,
  randomSeed: 7,
};
// As the Contact Center names them (site and desktop profile names cannot hold accents), and as a
// Brazilian administrator types them in the file.
const SITE = 'Sao Paulo';
const TEAM = 'Vendas';
const DESKTOP_PROFILE = 'Padrao';
const TYPED = { site: 'São Paulo', team: 'Vendas', desktopProfile: 'Padrão' };

interface RunFigures {
  seconds: number;
  webexCallsPerUser: number;
  ccCallsPerUser: number;
  throttled: number;
  ready: number;
}

export interface OnboardingResult {
  rows: number;
  bot: RunFigures;
  script: RunFigures;
}

interface CcIds {
  org: string;
  siteId: string;
  teamId: string;
  desktopProfileId: string;
}

function csv(rows: number, prefix: string): string {
  const lines = [
    'User ID/Email (Required),First Name,Last Name,Display Name,Contact center Standard Agent,Contact Center Premium Agent,Site,Teams,Desktop Profile',
  ];
  for (let i = 0; i < rows; i += 1)
    lines.push(
      `${prefix}${i}@acme.example.com,Onboard,User ${i},Onboard User ${i},TRUE,,${TYPED.site},${TYPED.team},${TYPED.desktopProfile}`,
    );
  return lines.join('\r\n');
}

/** The ids behind the names, as the Contact Center lists them (read without faults, not counted). */
async function ccIds(fx: SandboxFixture): Promise<CcIds> {
  const org = fx.sandbox.state.orgUuid;
  const find = async (resource: string, name: string): Promise<string> => {
    const res = await fx.call<{ data: { id: string; name: string }[] }>(
      'serviceApp',
      'GET',
      `/cc/organization/${org}/v2/${resource}?pageSize=100`,
    );
    const found = res.body.data.find((x) => x.name === name);
    if (!found) throw new Error(`the sandbox has no ${resource} named ${name}`);
    return found.id;
  };
  return {
    org,
    siteId: await find('site', SITE),
    teamId: await find('team', TEAM),
    desktopProfileId: await find('agent-profile', DESKTOP_PROFILE),
  };
}

/** How many of these addresses the sandbox's Contact Center holds ready: enabled, with the settings. */
function readyCount(fx: SandboxFixture, prefix: string, rows: number, ids: CcIds): number {
  const state = fx.sandbox.state;
  let ready = 0;
  for (let i = 0; i < rows; i += 1) {
    const person = state.findPersonByEmail(`${prefix}${i}@acme.example.com`);
    const user = person ? state.contactCenter.userByCiId(person.uuid) : undefined;
    if (
      user?.contactCenterEnabled &&
      user.siteId === ids.siteId &&
      user.teamIds?.includes(ids.teamId) &&
      user.agentProfileId === ids.desktopProfileId
    )
      ready += 1;
  }
  return ready;
}

async function untilReady(fx: SandboxFixture, prefix: string, rows: number, ids: CcIds, limitMs: number) {
  const start = Date.now();
  for (;;) {
    const ready = readyCount(fx, prefix, rows, ids);
    if (ready === rows || Date.now() - start > limitMs) return { ready, at: Date.now() };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function figures(fx: SandboxFixture, rows: number, from: number, to: number, ready: number): RunFigures {
  const calls = fx.sandbox.exchanges.filter(
    (e) => e.actorEmail === ADMIN && e.receivedAt >= from && e.receivedAt <= to,
  );
  return {
    seconds: (to - from) / 1000,
    webexCallsPerUser: calls.filter((e) => e.api === 'webex').length / rows,
    ccCallsPerUser: calls.filter((e) => e.api === 'contact-center').length / rows,
    throttled: calls.filter((e) => e.status === 429).length,
    ready,
  };
}

async function botRun(fx: SandboxFixture, rows: number, ids: CcIds): Promise<RunFigures> {
  const bot = await startBot(fx, {
    WEBEX_REQUESTS_PER_SECOND: String(WEBEX_PER_SECOND - 1),
    SYNC_POLL_SECONDS: '2',
    SYNC_POLL_MAX_SECONDS: '5',
    SYNC_DEADLINE_SECONDS: '900',
    SYNC_SUMMARY_WAIT_SECONDS: '5',
  });
  try {
    const { thread, preview } = await uploadForPreview(fx, 'agents.csv', csv(rows, 'onboard'), 'add');
    await fx.call(null, 'PUT', '/sandbox/faults', FAULTS);
    const { confirmedAt } = await confirmAndWait(fx, thread, preview);
    const { ready, at } = await untilReady(fx, 'onboard', rows, ids, 3_600_000);
    return figures(fx, rows, confirmedAt, at, ready);
  } finally {
    bot.process.kill('SIGKILL');
    await fx.call(null, 'DELETE', '/sandbox/faults');
  }
}

/** A plain `fetch` loop that waits as told on 429 (what a careful script writer does). */
async function call(
  fx: SandboxFixture,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: any }> {
  for (;;) {
    const res = await fetch(`${fx.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${fx.token('serviceApp')}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (res.status === 429) {
      await new Promise((resolve) => setTimeout(resolve, Number(res.headers.get('retry-after') ?? 1) * 1000));
      continue;
    }
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }
}

async function scriptRun(fx: SandboxFixture, rows: number, ids: CcIds): Promise<RunFigures> {
  const standard = fx.license('CJPSTD').id;
  await fx.call(null, 'PUT', '/sandbox/faults', FAULTS);
  const from = Date.now();
  try {
    const people: string[] = [];
    for (let i = 0; i < rows; i += 1) {
      const email = `script${i}@acme.example.com`;
      const found = await call(fx, 'GET', `/v1/people?email=${encodeURIComponent(email)}`);
      if (found.body?.items?.length) {
        people.push(found.body.items[0].id);
        continue;
      }
      const created = await call(fx, 'POST', '/v1/people', {
        emails: [email],
        firstName: 'Script',
        lastName: `User ${i}`,
        displayName: `Script User ${i}`,
        licenses: [standard],
      });
      if (created.status < 300) people.push(created.body.id);
    }
    // The admin presses Synchronize Users once every user is licensed.
    await fx.call(null, 'POST', '/sandbox/contact-center/synchronize');
    for (const personId of people) {
      const ciUserId = Buffer.from(personId, 'base64').toString('utf8').split('/').pop()!;
      for (;;) {
        const read = await call(fx, 'GET', `/cc/organization/${ids.org}/user/by-ci-user-id/${ciUserId}`);
        if (read.status === 404) {
          await new Promise((resolve) => setTimeout(resolve, 1000));
          continue;
        }
        if (read.status >= 300) break;
        await call(fx, 'PUT', `/cc/organization/${ids.org}/user/${read.body.id}`, {
          ...read.body,
          contactCenterEnabled: true,
          siteId: ids.siteId,
          teamIds: [ids.teamId],
          agentProfileId: ids.desktopProfileId,
        });
        break;
      }
    }
    const { ready, at } = await untilReady(fx, 'script', rows, ids, 600_000);
    return figures(fx, rows, from, at, ready);
  } finally {
    await fx.call(null, 'DELETE', '/sandbox/faults');
  }
}

export async function onboarding(rows: number): Promise<OnboardingResult> {
  const fx = await startSandbox();
  try {
    await fx.call(null, 'PUT', '/sandbox/licenses/CJPSTD', { totalUnits: rows * 2 + 100 });
    await fx.call(null, 'PUT', '/sandbox/contact-center/settings', { syncDelayMs: SYNC_DELAY_MS });
    const ids = await ccIds(fx);
    const bot = await botRun(fx, rows, ids);
    const script = await scriptRun(fx, rows, ids);
    return { rows, bot, script };
  } finally {
    await fx.stop();
  }
}
