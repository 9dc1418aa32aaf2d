import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Msg } from '../../src/i18n/msg.js';
import { BotHarness } from '../support/bot-harness.js';

const h = new BotHarness();
beforeAll(() => h.start(), 60_000);
afterAll(() => h.stop());

const EMAIL = 'old.job@acme.example.com';

/**
 * A job finished by an older version of the bot, whose failure reason uses a key the catalog has
 * since renamed: the store keeps messages as { key, params }, exactly as that version wrote them.
 */
async function storeOldJob(): Promise<void> {
  const store = h.app.store;
  const reason = { key: 'exec.seatVanished', params: { tier: { key: 'tier.premium' }, free: 0 } } as unknown as Msg;
  await store.createJob(
    {
      id: 'job-old1',
      kind: 'users',
      roomId: h.adminSpace,
      threadId: 'thread-old',
      requestedBy: 'alice.admin@acme.example.com',
      role: 'agent',
      welcomeEmail: false,
      catalogue: { licenseIds: { standard: [], premium: [] }, fullAdminRoleId: undefined },
      seats: [],
      notes: [reason],
    },
    [{ seq: 1, email: EMAIL, action: 'create', after: { tier: 'premium', fullAdmin: false }, supervisor: false }],
  );
  expect(await store.confirm('job-old1', 'alice.admin@acme.example.com')).toBe('running');
  const [record] = await store.pendingRecords('job-old1', 0, 10);
  await store.markInFlight('job-old1', record!.seq);
  await store.completeRecord((await store.job('job-old1'))!, record!, { outcome: 'failed', reason });
  await store.finish('job-old1');
}

describe('messages stored by an older catalog', () => {
  it('still show in history and task, with their key and parameters, in the reader language', async () => {
    await storeOldJob();

    const history = await h.say('alice', `history ${EMAIL}`);
    const [historyReply] = await h.waitForReply(history.id);
    expect(historyReply!.markdown).toContain(`**History of ${EMAIL}**`);
    expect(historyReply!.markdown).toMatch(
      /job `job-old1`: failed: exec\.seatVanished \(tier: Premium Agent, free: 0\)\. Asked by alice\.admin/,
    );

    const language = await h.say('bruno', 'language pt-BR');
    await h.waitForReply(language.id);
    const task = await h.say('bruno', 'tarefa job-old1');
    const [taskReply] = await h.waitForReply(task.id);
    expect(taskReply!.markdown).toContain('**Tarefa job-old1**');
    expect(taskReply!.markdown).toContain(`- ${EMAIL}: exec.seatVanished (tier: Agente Premium, free: 0)`);
  });
});
