/**
 * Peak memory (RSS) of the bot process while it imports CSV files of growing size against the sandbox:
 * upload -> pre-flight -> "Add services only" -> preview -> Confirm -> summary. Prints a table.
 * Usage: npm run bench:import -- [rows ...]   (default: 2000 20000)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startChildBot } from '../test/support/child-bot.js';
import { eventually } from '../test/support/receiver.js';
import { SandboxFixture } from '../test/support/sandbox-api.js';

interface Message {
  id: string;
  personId: string;
  markdown?: string;
  attachments?: { content: { body: { text?: string }[]; actions?: { data: Record<string, string> }[] } }[];
}

async function importRows(rows: number): Promise<{ rows: number; peakMb: number; baselineMb: number; endMb: number; created: string; seconds: number }> {
  const fx = new SandboxFixture();
  await fx.start();
  await fx.call(null, 'PUT', '/sandbox/licenses/CJPSTD', { totalUnits: rows + 100 });
  const bot = await startChildBot(fx, {
    port: await freePort(),
    dataDir: mkdtempSync(join(tmpdir(), 'wxcc-bench-')),
    env: {
      WEBEX_REQUESTS_PER_SECOND: '1000',
      LOG_LEVEL: process.env.BENCH_BOT_LOG_LEVEL ?? 'warn',
      // For example --max-old-space-size=128, to see how much of the peak is the heap V8 allows itself.
      ...(process.env.BENCH_BOT_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_BOT_NODE_OPTIONS } : {}),
    },
  });
  const baselineMb = bot.peakRssMb();
  const started = Date.now();
  try {
    const header = 'User ID/Email (Required),First Name,Last Name,Display Name,Contact center Standard Agent,Contact Center Role';
    const lines = [header];
    for (let i = 0; i < rows; i += 1) lines.push(`bench${i}@acme.example.com,Bench,User ${i},Bench User ${i},TRUE,Agent`);
    const form = new FormData();
    form.set('roomId', fx.seed.adminSpaceId);
    form.set('markdown', `<@personId:${fx.seed.bot.id}|Bot> import`);
    form.set('files', new Blob([lines.join('\r\n')], { type: 'text/csv' }), `bench-${rows}.csv`);
    const upload = (await fx.call('alice', 'POST', '/messages', form)).body as Message;
    const replies = async () => {
      const res = await fx.call('alice', 'GET', `/messages?roomId=${fx.seed.adminSpaceId}&parentId=${upload.id}&max=100`);
      return (res.body.items as Message[]).filter((m) => m.personId === fx.seed.bot.id).reverse();
    };
    const card = (m: Message) => m.attachments?.[0]?.content;
    const modeCard = await eventually(async () => (await replies()).find((m) => card(m)?.actions?.some((a) => a.data.mode === 'add')), { timeoutMs: 120_000, intervalMs: 250 });
    await fx.call('alice', 'POST', '/attachment/actions', { type: 'submit', messageId: modeCard.id, inputs: card(modeCard)!.actions!.find((a) => a.data.mode === 'add')!.data });
    const preview = await eventually(async () => (await replies()).find((m) => card(m)?.body[0]?.text?.startsWith('Preview:')), { timeoutMs: 300_000, intervalMs: 250 });
    const jobId = card(preview)!.actions!.find((a) => a.data.action === 'job.cancel')!.data.jobId!;
    await fx.call('alice', 'POST', '/attachment/actions', { type: 'submit', messageId: preview.id, inputs: { action: 'job.confirm', jobId } });
    const summary = await eventually(async () => (await replies()).find((m) => card(m)?.body[0]?.text?.startsWith(`Job ${jobId} finished`)), { timeoutMs: 1_800_000, intervalMs: 1_000 });
    return { rows, peakMb: bot.peakRssMb(), baselineMb, endMb: bot.rssMb(), created: String(card(summary)!.body[1]?.text ?? summary.markdown?.split(':')[1] ?? ''), seconds: (Date.now() - started) / 1000 };
  } finally {
    if (process.env.BENCH_BOT_LOG) (await import('node:fs')).writeFileSync(process.env.BENCH_BOT_LOG, bot.output.join(''));
    bot.process.kill('SIGKILL');
    await fx.stop();
  }
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const results = [];
for (const rows of sizes.length > 0 ? sizes : [2_000, 20_000]) {
  const r = await importRows(rows);
  results.push(r);
  process.stdout.write(`${rows} rows: peak RSS ${r.peakMb.toFixed(0)} MB, at the summary ${r.endMb.toFixed(0)} MB (ready: ${r.baselineMb.toFixed(0)} MB), ${r.seconds.toFixed(0)} s end to end\n`);
}
process.stdout.write(`\n${process.env.BENCH_BOT_NODE_OPTIONS ? `Bot started with NODE_OPTIONS=${process.env.BENCH_BOT_NODE_OPTIONS}\n` : ''}| rows | bot peak RSS | bot RSS at the summary | bot RSS when ready |\n| ---: | ---: | ---: | ---: |\n`);
for (const r of results) process.stdout.write(`| ${r.rows} | ${r.peakMb.toFixed(0)} MB | ${r.endMb.toFixed(0)} MB | ${r.baselineMb.toFixed(0)} MB |\n`);
process.stdout.write(`\nMachine: ${(await import('node:os')).cpus()[0]?.model ?? 'unknown'}, ${(await import('node:os')).cpus().length} cores, Node ${process.version}\n`);
