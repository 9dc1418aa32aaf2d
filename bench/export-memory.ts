/**
 * Peak memory (RSS) of the bot process, compiled and started as in production, while it exports an
 * organisation of many users: `export` -> the CSV file posted in the thread.
 */
import { DEFAULT_SEED, type SeedInput } from '../src/sandbox/seed.js';
import { eventually } from '../test/support/receiver.js';
import { SandboxFixture } from '../test/support/sandbox-api.js';
import { replies, startBot } from './lib.js';

/** The default organisation plus `extra` licensed agents (a quarter of them Premium). */
function bigOrganisation(extra: number): SeedInput {
  const licenses = DEFAULT_SEED.licenses!.map((l) =>
    l.offer === 'CJPSTD' || l.offer === 'CJPPRM' || l.offer === 'MS' ? { ...l, totalUnits: extra + 100 } : l,
  );
  const people = [...DEFAULT_SEED.people!];
  for (let i = 0; i < extra; i += 1) {
    people.push({
      key: `agent${i}`,
      email: `agent${i}@acme.example.com`,
      firstName: 'Agent',
      lastName: `Number ${i}`,
      licenses: ['MS', i % 4 === 0 ? 'CJPPRM' : 'CJPSTD'],
    });
  }
  return { ...DEFAULT_SEED, licenses, people };
}

export async function exportMemory(
  users: number,
): Promise<{ users: number; rows: number; peakMb: number; readyMb: number; seconds: number }> {
  const fx = new SandboxFixture({ seed: bigOrganisation(users) });
  await fx.start();
  const bot = await startBot(fx, { WEBEX_REQUESTS_PER_SECOND: '1000' });
  const readyMb = bot.peakRssMb();
  try {
    const started = Date.now();
    const asked = (
      await fx.call('alice', 'POST', '/messages', {
        roomId: fx.seed.adminSpaceId,
        markdown: `<@personId:${fx.seed.bot.id}|Bot> export`,
      })
    ).body as { id: string };
    const posted = await eventually(async () => (await replies(fx, asked.id)).find((m) => (m.files?.length ?? 0) > 0), {
      timeoutMs: 1_800_000,
      intervalMs: 500,
    });
    const seconds = (Date.now() - started) / 1000;
    const file = await fetch(posted.files![0]!, { headers: { authorization: `Bearer ${fx.token('alice')}` } });
    const rows = (await file.text()).trim().split('\r\n').length - 1;
    return { users, rows, peakMb: bot.peakRssMb(), readyMb, seconds };
  } finally {
    bot.process.kill('SIGKILL');
    await fx.stop();
  }
}
