/**
 * How quickly the bot answers Webex while it is busy: the acknowledgement latency of signed webhook
 * deliveries, 200 at once (ApacheBench, `ab -k -n 200 -c 200`), in the middle of a large import; the
 * same for a bare Node HTTP server that answers OK and does nothing else, measured in the same run on
 * the same machine, as the floor; and the time from process start to ready.
 */
import { execFile, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { deliveryBody } from '../src/sandbox/deliveries.js';
import { freePort } from '../test/support/child-bot.js';
import { eventually } from '../test/support/receiver.js';
import { card, replies, startBot, startSandbox, uploadForPreview, usersCsv } from './lib.js';

const DELIVERIES = 200;
const run = promisify(execFile);
const IMPORT_ROWS = 5000;

export interface Latency {
  p50: number;
  p99: number;
  max: number;
}

/**
 * `ab` posts the same signed delivery `DELIVERIES` times, all at once on kept-alive connections. It
 * runs as its own process while this one goes on serving the sandbox (and so the import).
 */
async function ab(url: string, body: string, signature: string): Promise<Latency> {
  const file = join(tmpdir(), `delivery-${process.pid}.json`);
  writeFileSync(file, body);
  const { stdout: out } = await run('ab', [
    '-q',
    '-k',
    '-n',
    String(DELIVERIES),
    '-c',
    String(DELIVERIES),
    '-p',
    file,
    '-T',
    'application/json',
    '-H',
    `X-Spark-Signature: ${signature}`,
    url,
  ]);
  const failed =
    Number(/Non-2xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0) + Number(/Failed requests:\s+(\d+)/.exec(out)?.[1] ?? 0);
  if (failed > 0) throw new Error(`ab saw ${failed} failed deliveries:\n${out}`);
  const at = (p: string) => Number(new RegExp(`^\\s+${p}%\\s+(\\d+)`, 'm').exec(out)?.[1]);
  return { p50: at('50'), p99: at('99'), max: at('100') };
}

const WARM_BURSTS = 5;

/** `bench/warm-burst.ts`: the same deliveries on connections opened beforehand, `WARM_BURSTS` times. */
async function warm(url: string, body: string, signature: string): Promise<Latency> {
  const file = join(tmpdir(), `delivery-warm-${process.pid}.json`);
  writeFileSync(file, body);
  const script = new URL('./warm-burst.ts', import.meta.url).pathname;
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', script, url, file, signature, String(DELIVERIES), String(WARM_BURSTS)],
    { maxBuffer: 10 * 1024 * 1024 },
  );
  const sorted = (JSON.parse(stdout) as number[]).sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!);
  return { p50: at(0.5), p99: at(0.99), max: Math.round(sorted.at(-1)!) };
}

/** The floor: a bare Node HTTP server in its own process, answering OK to every POST at once. */
async function floor(body: string): Promise<{ cold: Latency; warm: Latency }> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [
      '-e',
      `require('http').createServer((q,s)=>{q.resume();q.on('end',()=>s.end('OK'))}).listen(${port},'127.0.0.1',()=>console.log('up'))`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise((resolve) => server.stdout!.once('data', resolve));
  try {
    const url = `http://127.0.0.1:${port}/webhook`;
    return { cold: await ab(url, body, 'x'), warm: await warm(url, body, 'x') };
  } finally {
    server.kill('SIGKILL');
  }
}

export async function responsiveness(): Promise<{
  deliveries: number;
  warmBursts: number;
  importRows: number;
  busy: Latency;
  busyWarm: Latency;
  idle: Latency;
  bare: Latency;
  bareWarm: Latency;
  readyMs: number;
  pace: string;
}> {
  const fx = await startSandbox();
  await fx.call(null, 'PUT', '/sandbox/licenses/CJPSTD', { totalUnits: IMPORT_ROWS + 100 });
  // The import runs at the pace the bot allows itself against Webex (here 19 requests/s, under a 20/s limit).
  const pace = process.env.BENCH_PACE ?? '19';
  const bot = await startBot(fx, { WEBEX_REQUESTS_PER_SECOND: pace });
  try {
    // A message someone posts in the lobby (the sandbox holds back its own delivery): the bot really
    // handles each of the deliveries (fetches the message, then answers once).
    const hooks = [...fx.sandbox.state.webhooks.values()].filter((h) => h.ownerId === fx.seed.bot.id);
    const hook = hooks.find((h) => h.resource === 'messages' || h.resource === 'all')!;
    for (const h of hooks) h.status = 'inactive';
    const posted = (
      await fx.call('mallory', 'POST', '/messages', {
        roomId: fx.room('Acme Lobby'),
        markdown: `<@personId:${fx.seed.bot.id}|Bot> help`,
      })
    ).body as { id: string; roomId: string; personId: string; personEmail: string; created: string };
    for (const h of hooks) h.status = 'active';
    const body = JSON.stringify(
      deliveryBody(
        hook,
        {
          resource: 'messages',
          event: 'created',
          actorId: posted.personId,
          data: {
            id: posted.id,
            roomId: posted.roomId,
            roomType: 'group',
            personId: posted.personId,
            personEmail: posted.personEmail,
            mentionedPeople: [fx.seed.bot.id],
            created: posted.created,
          },
        },
        fx.seed.organization.id,
      ),
    );
    const signature = createHmac('sha1', hook.secret!).update(body).digest('hex');
    const idle = await ab(hook.targetUrl, body, signature);

    // A large import, confirmed and under way; the deliveries come in the middle of it.
    const { thread, preview } = await uploadForPreview(fx, 'busy.csv', usersCsv(IMPORT_ROWS), 'add');
    const jobId = card(preview)!.actions!.find((a) => a.data.action === 'job.cancel')!.data.jobId!;
    await fx.call('alice', 'POST', '/attachment/actions', {
      type: 'submit',
      messageId: preview.id,
      inputs: { action: 'job.confirm', jobId },
    });
    await eventually(() => (fx.sandbox.state.findPersonByEmail('bench100@acme.example.com') ? true : undefined), {
      timeoutMs: 120_000,
      intervalMs: 50,
    });
    const busy = await ab(hook.targetUrl, body, signature);
    const busyWarm = await warm(hook.targetUrl, body, signature);
    if ((await replies(fx, thread)).some((m) => card(m)?.body[0]?.text?.startsWith(`Job ${jobId} finished`)))
      throw new Error('the import ended before the deliveries');
    const bare = await floor(body);
    return {
      deliveries: DELIVERIES,
      warmBursts: WARM_BURSTS,
      importRows: IMPORT_ROWS,
      busy,
      busyWarm,
      idle,
      bare: bare.cold,
      bareWarm: bare.warm,
      readyMs: bot.readyMs,
      pace,
    };
  } finally {
    bot.process.kill('SIGKILL');
    await fx.stop();
  }
}
