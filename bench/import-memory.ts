/**
 * Peak memory (RSS) of the bot process, compiled and started as in production, while it imports a CSV
 * file of new users against the sandbox: upload -> pre-flight -> "Add services only" -> preview ->
 * Confirm -> summary. The sandbox runs in the benchmark's own process, so only the bot is measured.
 */
import { confirmAndWait, startBot, startSandbox, uploadForPreview, usersCsv } from './lib.js';

export async function importMemory(
  rows: number,
): Promise<{ rows: number; peakMb: number; readyMb: number; endMb: number; seconds: number }> {
  const fx = await startSandbox();
  fx.sandbox.exchanges.length = 0;
  await fx.call(null, 'PUT', '/sandbox/licenses/CJPSTD', { totalUnits: rows + 100 });
  const bot = await startBot(fx, { WEBEX_REQUESTS_PER_SECOND: '1000' });
  const readyMb = bot.peakRssMb();
  const started = Date.now();
  try {
    const { thread, preview } = await uploadForPreview(fx, `bench-${rows}.csv`, usersCsv(rows), 'add');
    // The benchmark does not need what the sandbox saw: keep its own memory flat too.
    fx.sandbox.exchanges.length = 0;
    await confirmAndWait(fx, thread, preview);
    return { rows, peakMb: bot.peakRssMb(), readyMb, endMb: bot.rssMb(), seconds: (Date.now() - started) / 1000 };
  } finally {
    bot.process.kill('SIGKILL');
    await fx.stop();
  }
}
