/**
 * Provisioning throughput against a rate limit: a CSV import of new users under the sandbox's limit of
 * 20 requests/s per token, 50 ms latency per call and 1% of 503s on people and licenses, compared in
 * the same run with what a typical script does with the `webex` SDK (one row at a time: search by
 * email, then create). Also the calls per user of a no-op re-import and of a pure license swap.
 */
import { createRequire } from 'node:module';
import type { SandboxFixture } from '../test/support/sandbox-api.js';
import { ADMIN, callsOf, confirmAndWait, startBot, startSandbox, uploadForPreview, usersCsv } from './lib.js';

const LIMIT_PER_SECOND = 20;
const FAULTS = {
  rateLimitPerSecond: LIMIT_PER_SECOND,
  latencyMs: 50,
  errorRate: 0.01,
  errorStatus: 503,
  pathPattern: '^(GET|POST|PUT|PATCH|DELETE) /v1/(people|licenses)',
  randomSeed: 7,
};

export interface ThroughputResult {
  rows: number;
  bot: {
    seconds: number;
    usersPerSecond: number;
    callsPerUser: number;
    throttled: number;
    serverErrors: number;
    usefulRate: number;
    usefulShare: number;
    failedUsers: number;
  };
  baseline: {
    seconds: number;
    usersPerSecond: number;
    callsPerUser: number;
    throttled: number;
    serverErrors: number;
    usefulRate: number;
    usefulShare: number;
    failedUsers: number;
  };
  noOpCallsPerUser: number;
  swapCallsPerUser: number;
}

/** The window in which a run wrote to Webex: its first call after `from`, to its last write. */
function writeWindow(fx: SandboxFixture, from: number): { start: number; end: number } {
  const calls = callsOf(fx, ADMIN, from).all;
  const writes = calls.filter((e) => e.method !== 'GET');
  return { start: Math.min(...calls.map((e) => e.receivedAt)), end: Math.max(...writes.map((e) => e.answeredAt)) };
}

async function botImport(
  fx: SandboxFixture,
  rows: number,
): Promise<ThroughputResult['bot'] & { noOp: number; swap: number }> {
  // The bot paces itself one request under the limit: a sliding window then never sees more than the limit.
  const bot = await startBot(fx, { WEBEX_REQUESTS_PER_SECOND: String(LIMIT_PER_SECOND - 1) });
  try {
    await fx.call(null, 'PUT', '/sandbox/faults', FAULTS);
    // 1. New users: every row is a create.
    const first = await uploadForPreview(fx, 'new.csv', usersCsv(rows), 'add');
    const { summary, confirmedAt } = await confirmAndWait(fx, first.thread, first.preview);
    const window = writeWindow(fx, confirmedAt);
    const seconds = (window.end - window.start) / 1000;
    const inWindow = callsOf(fx, ADMIN, window.start, window.end);
    const whole = callsOf(fx, ADMIN, first.uploadedAt);
    const failedUsers = Number(
      /Failed","value":"(\d+)"/.exec(JSON.stringify(summary.attachments?.[0]?.content))?.[1] ?? 'NaN',
    );
    // 2. The same file again: nothing to do.
    const again = await uploadForPreview(fx, 'same.csv', usersCsv(rows), 'add');
    const noOp = callsOf(fx, ADMIN, again.uploadedAt, again.previewAt).all.length / rows;
    // 3. Standard -> Premium for everyone: one license swap each.
    const swapPreview = await uploadForPreview(
      fx,
      'swap.csv',
      usersCsv(rows, { standard: '', premium: 'TRUE' }),
      'add',
    );
    await confirmAndWait(fx, swapPreview.thread, swapPreview.preview);
    const swap = callsOf(fx, ADMIN, swapPreview.uploadedAt).all.length / rows;
    return { ...figures(rows, seconds, whole, inWindow.ok, failedUsers), noOp, swap };
  } finally {
    bot.process.kill('SIGKILL');
  }
}

/** What a script writer does: for each row, search the address with the SDK, then create the user. */
async function scriptImport(fx: SandboxFixture, rows: number): Promise<ThroughputResult['baseline']> {
  process.env.HYDRA_SERVICE_URL = `${fx.url}/v1`;
  process.env.U2C_SERVICE_URL = `${fx.url}/u2c/api/v1`;
  const require = createRequire(import.meta.url);
  const Webex = require('webex') as { init(options: unknown): any };
  const webex = Webex.init({ credentials: { access_token: fx.token('serviceApp') } });
  const standard = fx.license('CJPSTD').id;
  await fx.call(null, 'PUT', '/sandbox/faults', FAULTS);
  const from = Date.now();
  let failedUsers = 0;
  for (let i = 0; i < rows; i += 1) {
    const email = `script${i}@acme.example.com`;
    try {
      const found = await webex.people.list({ email });
      if (found.items.length === 0) {
        await webex.request({
          method: 'POST',
          uri: `${fx.url}/v1/people`,
          body: {
            emails: [email],
            firstName: 'Script',
            lastName: `User ${i}`,
            displayName: `Script User ${i}`,
            licenses: [standard],
          },
        });
      } else {
        await webex.request({
          method: 'PATCH',
          uri: `${fx.url}/v1/licenses/users`,
          body: { email, licenses: [{ id: standard, operation: 'add' }] },
        });
      }
    } catch {
      failedUsers += 1;
    }
  }
  const seconds = (Date.now() - from) / 1000;
  const calls = callsOf(fx, ADMIN, from);
  return figures(rows, seconds, calls, calls.ok, failedUsers);
}

/** A run's figures: all its calls (planning, retries and 429s included) against the useful ones in its window. */
function figures(
  rows: number,
  seconds: number,
  calls: ReturnType<typeof callsOf>,
  useful: number,
  failedUsers: number,
): ThroughputResult['bot'] {
  return {
    seconds,
    usersPerSecond: rows / seconds,
    callsPerUser: calls.all.length / rows,
    throttled: calls.throttled,
    serverErrors: calls.failed,
    usefulRate: useful / seconds,
    usefulShare: useful / seconds / LIMIT_PER_SECOND,
    failedUsers,
  };
}

export async function throughput(rows: number): Promise<ThroughputResult> {
  const fx = await startSandbox();
  try {
    await fx.call(null, 'PUT', '/sandbox/licenses/CJPSTD', { totalUnits: rows * 3 + 100 });
    await fx.call(null, 'PUT', '/sandbox/licenses/CJPPRM', { totalUnits: rows * 2 + 100 });
    const { noOp, swap, ...bot } = await botImport(fx, rows);
    const baseline = await scriptImport(fx, rows);
    return { rows, bot, baseline, noOpCallsPerUser: noOp, swapCallsPerUser: swap };
  } finally {
    await fx.stop();
  }
}
