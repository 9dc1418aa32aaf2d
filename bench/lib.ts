/**
 * What the benchmarks share: a sandbox and the bot as a real process (the compiled build, as deployed),
 * talking to it as Alice, and reading what the sandbox saw.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Exchange } from '../src/sandbox/server.js';
import { type ChildBot, freePort, startChildBot } from '../test/support/child-bot.js';
import { eventually } from '../test/support/receiver.js';
import { SandboxFixture } from '../test/support/sandbox-api.js';

export interface Message {
  id: string;
  personId: string;
  markdown?: string;
  files?: string[];
  attachments?: {
    content: { body: { text?: string }[]; actions?: { title?: string; data: Record<string, string> }[] };
  }[];
}

/** The heap limit the production start command gives the bot (see package.json "start:prod"). */
export const PROD_NODE_ARGS = ['--max-old-space-size=96'];

let built = false;
/** Compiles the bot once per benchmark run (the benchmarks measure what a deployment runs). */
export function buildOnce(): void {
  if (built) return;
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  built = true;
}

export async function startSandbox(): Promise<SandboxFixture> {
  const fx = new SandboxFixture({ recordExchanges: true });
  await fx.start();
  return fx;
}

export async function startBot(
  fx: SandboxFixture,
  env: Record<string, string> = {},
): Promise<ChildBot & { readyMs: number }> {
  buildOnce();
  return startChildBot(fx, {
    port: await freePort(),
    dataDir: mkdtempSync(join(tmpdir(), 'wxcc-bench-')),
    compiled: true,
    nodeArgs: PROD_NODE_ARGS,
    env: { LOG_LEVEL: process.env.BENCH_BOT_LOG_LEVEL ?? 'warn', ...env },
  });
}

export const card = (m: Message) => m.attachments?.[0]?.content;

/** The bot's answers in a thread, oldest first. */
export async function replies(fx: SandboxFixture, threadId: string): Promise<Message[]> {
  try {
    const res = await fx.call('alice', 'GET', `/messages?roomId=${fx.seed.adminSpaceId}&parentId=${threadId}&max=100`);
    return (res.body.items as Message[]).filter((m) => m.personId === fx.seed.bot.id).reverse();
  } catch {
    // A kept-alive connection the busy sandbox closed as it was reused: the next poll asks again.
    return [];
  }
}

/** A CSV in Control Hub's layout for users bench<i>@acme.example.com. */
export function usersCsv(rows: number, options: { prefix?: string; standard?: string; premium?: string } = {}): string {
  const lines = [
    'User ID/Email (Required),First Name,Last Name,Display Name,Contact center Standard Agent,Contact Center Premium Agent',
  ];
  const prefix = options.prefix ?? 'bench';
  for (let i = 0; i < rows; i += 1)
    lines.push(
      `${prefix}${i}@acme.example.com,Bench,User ${i},Bench User ${i},${options.standard ?? 'TRUE'},${options.premium ?? ''}`,
    );
  return lines.join('\r\n');
}

/** Uploads a file as Alice, picks the mode, and returns the thread and the preview card. */
export async function uploadForPreview(
  fx: SandboxFixture,
  name: string,
  csv: string,
  mode: 'add' | 'add-remove',
): Promise<{ thread: string; preview: Message; uploadedAt: number; previewAt: number }> {
  const form = new FormData();
  form.set('roomId', fx.seed.adminSpaceId);
  form.set('markdown', `<@personId:${fx.seed.bot.id}|Bot> import`);
  form.set('files', new Blob([csv], { type: 'text/csv' }), name);
  const uploadedAt = Date.now();
  const upload = (await fx.call('alice', 'POST', '/messages', form)).body as Message;
  const modeCard = await eventually(
    async () => (await replies(fx, upload.id)).find((m) => card(m)?.actions?.some((a) => a.data.mode === mode)),
    { timeoutMs: 300_000, intervalMs: 100 },
  );
  await fx.call('alice', 'POST', '/attachment/actions', {
    type: 'submit',
    messageId: modeCard.id,
    inputs: card(modeCard)!.actions!.find((a) => a.data.mode === mode)!.data,
  });
  const preview = await eventually(
    async () => (await replies(fx, upload.id)).find((m) => card(m)?.body[0]?.text?.startsWith('Preview:')),
    { timeoutMs: 600_000, intervalMs: 100 },
  );
  return { thread: upload.id, preview, uploadedAt, previewAt: Date.now() };
}

/** Presses Confirm on a preview and waits for the job's summary. */
export async function confirmAndWait(
  fx: SandboxFixture,
  thread: string,
  preview: Message,
): Promise<{ summary: Message; confirmedAt: number; jobId: string }> {
  const jobId = card(preview)!.actions!.find((a) => a.data.action === 'job.cancel')!.data.jobId!;
  const confirmedAt = Date.now();
  await fx.call('alice', 'POST', '/attachment/actions', {
    type: 'submit',
    messageId: preview.id,
    inputs: { action: 'job.confirm', jobId },
  });
  const summary = await eventually(
    async () => (await replies(fx, thread)).find((m) => card(m)?.body[0]?.text?.startsWith(`Job ${jobId} finished`)),
    { timeoutMs: 3_600_000, intervalMs: 500 },
  );
  return { summary, confirmedAt, jobId };
}

/** Webex (/v1) calls an identity made in a time window, by outcome. */
export function callsOf(
  fx: SandboxFixture,
  email: string,
  from: number,
  to = Infinity,
): { all: Exchange[]; ok: number; throttled: number; failed: number } {
  const all = fx.sandbox.exchanges.filter(
    (e) => e.api === 'webex' && e.actorEmail === email && e.receivedAt >= from && e.receivedAt <= to,
  );
  return {
    all,
    ok: all.filter((e) => e.status < 400).length,
    throttled: all.filter((e) => e.status === 429).length,
    failed: all.filter((e) => e.status >= 500).length,
  };
}

export const ADMIN = 'provisioning-app@acme.example.com';

export function machine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version}`;
}

export function table(headers: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
