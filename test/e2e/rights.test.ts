import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness, type PostedMessage } from '../support/bot-harness.js';
import { cardProblems } from '../support/cards.js';
import {
  cardOf,
  cardText,
  confirmBatch,
  isSummary,
  jobIdOf,
  previewBatch,
  summaryCounts,
} from '../support/users-flow.js';

/**
 * Control Hub lets only a Full Administrator assign or change administrator roles ("Assign organization
 * account roles in Control Hub", help.webex.com). The seed's Alice is a Full Administrator and Bruno a
 * User Administrator: Bruno provisions users, but the bot is no way for him to grant or remove that role.
 */
const h = new BotHarness();
beforeAll(async () => {
  await h.start();
  await h.fx.call(null, 'PUT', '/sandbox/licenses/CJPSTD', { totalUnits: 200 });
  await h.fx.call(null, 'PUT', '/sandbox/licenses/CJPPRM', { totalUnits: 100 });
}, 60_000);
afterAll(() => h.stop());

const ALICE = 'alice.admin@acme.example.com';
const BRUNO = 'bruno.admin@acme.example.com';
const REFUSED =
  'Only a Full Administrator can grant or remove the Full Administrator role in Control Hub; ask one to preview and confirm this change.';
const HEADER =
  'User ID/Email (Required),First Name,Last Name,Contact center Standard Agent,Contact Center Premium Agent,Contact Center Role';
const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join('\n'), 'utf8');

const isPreviewCard = (m: PostedMessage) => String(cardOf(m)?.body?.[0]?.text ?? '').startsWith('Preview:');
const buttons = (m: PostedMessage): string[] => (cardOf(m)!.actions as { title: string }[]).map((a) => a.title);
const rolesOf = (email: string) => h.personState(email)?.roles;

/** `who` posts a file and picks the mode; returns the thread and the preview. */
async function importPreview(
  who: string,
  data: Buffer,
  mode: 'add' | 'add-remove',
): Promise<{ thread: string; preview: PostedMessage }> {
  const upload = await h.upload(who, 'users.csv', data);
  const [modeCard] = await h.waitForReplies(upload.id, (r) => r.length >= 1);
  const action = (cardOf(modeCard)!.actions as { data: Record<string, string> }[]).find((a) => a.data.mode === mode)!;
  await h.submit(who, modeCard!, action.data);
  const replies = await h.waitForReplies(upload.id, (r) => r.some(isPreviewCard));
  return { thread: upload.id, preview: replies.find(isPreviewCard)! };
}

async function confirmImport(who: string, thread: string, preview: PostedMessage): Promise<PostedMessage> {
  await h.submit(who, preview, { action: 'job.confirm', jobId: jobIdOf(preview) });
  const replies = await h.waitForReplies(thread, (r) => r.some(isSummary), undefined, 60_000);
  return replies.find(isSummary)!;
}

/** Sets a person's Control Hub roles through the sandbox's People API, as Control Hub would. */
async function setRoles(email: string, keys: string[]): Promise<void> {
  const person = h.fx.sandbox.state.findPersonByEmail(email)!;
  const roles = keys.map((key) => h.fx.sandbox.state.roles.find((r) => r.key === key)!.id);
  const read = await h.fx.call('serviceApp', 'GET', `/people/${person.id}`);
  const put = await h.fx.call('serviceApp', 'PUT', `/people/${person.id}`, { ...read.body, roles });
  expect(put.status).toBe(200);
}

describe('a User Administrator and the Full Administrator role', () => {
  it('cannot make himself Administrator by card, even by pressing a Confirm the card does not offer', async () => {
    const { thread, answer } = await previewBatch(h, 'bruno', { entries: `${BRUNO}\n${ALICE}`, role: 'administrator' });
    const text = cardText(answer);
    expect(text).toContain('0 to add, 0 to change, 1 unchanged, 1 not possible');
    expect(text).toContain('Not possible (1)');
    expect(text).toContain(`${BRUNO}: ${REFUSED}`);
    expect(text).toContain(`${ALICE}: already Premium Agent + Full Administrator`);
    expect(buttons(answer)).toEqual(['Cancel']);

    const { summary } = await confirmBatch(h, 'bruno', thread, answer);
    expect(summaryCounts(summary)).toEqual({ created: 0, updated: 0, unchanged: 1, failed: 1 });
    expect(cardText(summary)).toContain(`${BRUNO}**: ${REFUSED}`);
    expect(rolesOf(BRUNO)).toEqual(['id_user_admin']);
    expect(h.personState(BRUNO)!.licenses).toEqual(['MS']);
  });

  it("cannot remove Alice's Full Administrator role by card", async () => {
    const since = h.fx.sandbox.exchanges.length;
    const { answer } = await previewBatch(h, 'bruno', { entries: ALICE, role: 'no-admin' });
    expect(cardText(answer)).toContain(`${ALICE}: ${REFUSED}`);
    expect(buttons(answer)).toEqual(['Cancel']);
    expect(h.writeCallsSince(since)).toEqual([]);
    expect(rolesOf(ALICE)).toEqual(['id_full_admin']);
  });

  it('cannot do either by a CSV import, while the rows that change no administrator go ahead', async () => {
    const { thread, preview } = await importPreview(
      'bruno',
      csv(
        `${BRUNO},Bruno,Costa,FALSE,TRUE,Administrator`,
        `${ALICE},Alice,Admin,FALSE,TRUE,Agent`,
        'gus.nolicense@acme.example.com,Gus,Ward,TRUE,FALSE,',
      ),
      'add-remove',
    );
    const text = cardText(preview);
    expect(text).toContain('0 to add, 1 to change (0 removals), 0 unchanged, 2 not possible');
    expect(text).toContain(`Row 2, ${BRUNO}: ${REFUSED}`);
    expect(text).toContain(`Row 3, ${ALICE}: ${REFUSED}`);
    expect(text).toContain('Row 4, gus.nolicense@acme.example.com: no Contact Center license → Standard Agent');

    const summary = await confirmImport('bruno', thread, preview);
    expect(summaryCounts(summary)).toEqual({ created: 0, updated: 1, unchanged: 0, failed: 2 });
    expect(cardText(summary)).toContain('What to do: Ask a Full Administrator to make this change');
    expect(rolesOf(BRUNO)).toEqual(['id_user_admin']);
    expect(rolesOf(ALICE)).toEqual(['id_full_admin']);
    expect(h.personState('gus.nolicense@acme.example.com')!.licenses).toEqual(['CJPSTD', 'MS']);
  });

  it("cannot confirm a Full Administrator's preview that grants the role; Alice then can", async () => {
    const { thread, answer } = await previewBatch(h, 'alice', {
      entries: 'eli.agent@acme.example.com',
      role: 'administrator',
    });
    expect(cardText(answer)).toContain('Standard Agent → Premium Agent + Full Administrator');
    await h.submit('bruno', answer, { action: 'job.confirm', jobId: jobIdOf(answer) });
    const replies = await h.waitForReplies(thread, (r) => r.length >= 3);
    expect(replies[2]!.markdown).toBe(
      `Only a Full Administrator can confirm job \`${jobIdOf(answer)}\`, because it grants or removes the Full Administrator role in Control Hub. Nothing was changed; the preview stays open for a Full Administrator to confirm.`,
    );
    expect(h.personState('eli.agent@acme.example.com')).toMatchObject({ licenses: ['CJPSTD', 'MS'], roles: [] });

    const { summary } = await confirmBatch(h, 'alice', thread, answer);
    expect(summaryCounts(summary)).toMatchObject({ updated: 1, failed: 0 });
    expect(cardText(summary)).toContain(`confirmed by ${ALICE}`);
    expect(rolesOf('eli.agent@acme.example.com')).toEqual(['id_full_admin']);
  });

  it('has only what his preview planned run when Alice confirms it: the refused rows stay refused', async () => {
    const { thread, preview } = await importPreview(
      'bruno',
      csv(`${BRUNO},Bruno,Costa,FALSE,TRUE,Administrator`, 'rights.new@acme.example.com,Rita,New,TRUE,FALSE,'),
      'add',
    );
    const summary = await confirmImport('alice', thread, preview);
    expect(summaryCounts(summary)).toEqual({ created: 1, updated: 0, unchanged: 0, failed: 1 });
    expect(cardText(summary)).toContain(`${BRUNO}**: ${REFUSED}`);
    expect(rolesOf(BRUNO)).toEqual(['id_user_admin']);
    expect(h.personState('rights.new@acme.example.com')!.licenses).toEqual(['CJPSTD']);
  });
});

describe('a Full Administrator and the Full Administrator role', () => {
  it('grants and removes it by card and by CSV import', async () => {
    const granted = await previewBatch(h, 'alice', { entries: BRUNO, role: 'administrator' });
    expect(cardText(granted.answer)).toContain(
      `${BRUNO}: no Contact Center license → Premium Agent + Full Administrator`,
    );
    await confirmBatch(h, 'alice', granted.thread, granted.answer);
    expect(rolesOf(BRUNO)).toEqual(['id_full_admin', 'id_user_admin']);

    const removed = await previewBatch(h, 'alice', { entries: BRUNO, role: 'no-admin' });
    await confirmBatch(h, 'alice', removed.thread, removed.answer);
    expect(rolesOf(BRUNO)).toEqual(['id_user_admin']);

    const byFile = await importPreview('alice', csv(`${BRUNO},Bruno,Costa,FALSE,TRUE,Administrator`), 'add');
    expect(summaryCounts(await confirmImport('alice', byFile.thread, byFile.preview))).toMatchObject({ updated: 1 });
    expect(rolesOf(BRUNO)).toEqual(['id_full_admin', 'id_user_admin']);

    const removedByFile = await importPreview('alice', csv(`${BRUNO},Bruno,Costa,FALSE,TRUE,Agent`), 'add-remove');
    expect(summaryCounts(await confirmImport('alice', removedByFile.thread, removedByFile.preview))).toMatchObject({
      updated: 1,
    });
    expect(rolesOf(BRUNO)).toEqual(['id_user_admin']);
  });

  it('no longer grants it once her own role is removed between her Confirm and the start of the job', async () => {
    const slow = Array.from({ length: 12 }, (_, i) => `slow${i}@acme.example.com,Slow,N${i},TRUE,FALSE,`);
    const first = await importPreview('alice', csv(...slow), 'add');
    const second = await importPreview(
      'alice',
      csv(
        'fatima.premium@acme.example.com,Fátima,Oliveira,FALSE,TRUE,Administrator',
        'after.check@acme.example.com,A,C,TRUE,FALSE,',
      ),
      'add',
    );
    expect(cardText(second.preview)).toContain('Premium Agent → Premium Agent + Full Administrator');
    // The first import holds the queue (one import at a time) while Alice loses the role.
    await h.fx.call(null, 'PUT', '/sandbox/faults', { latencyMs: 1500, pathPattern: '^POST /v1/people$' });
    try {
      await h.submit('alice', first.preview, { action: 'job.confirm', jobId: jobIdOf(first.preview) });
      await h.submit('alice', second.preview, { action: 'job.confirm', jobId: jobIdOf(second.preview) });
      await h.waitForReplies(second.thread, (r) => r.some((m) => /^Queued:/.test(m.markdown ?? '')));
      await setRoles(ALICE, []);
    } finally {
      await h.fx.call(null, 'DELETE', '/sandbox/faults');
    }
    try {
      const replies = await h.waitForReplies(second.thread, (r) => r.some(isSummary), undefined, 60_000);
      const summary = replies.find(isSummary)!;
      expect(summaryCounts(summary)).toEqual({ created: 1, updated: 0, unchanged: 0, failed: 1 });
      expect(cardText(summary)).toContain(`fatima.premium@acme.example.com**: ${REFUSED}`);
      expect(rolesOf('fatima.premium@acme.example.com')).toEqual([]);
      expect(h.personState('after.check@acme.example.com')!.licenses).toEqual(['CJPSTD']);
    } finally {
      await setRoles(ALICE, ['id_full_admin']);
    }
  }, 90_000);

  it('sent only valid Adaptive Cards 1.3', () => {
    for (const card of h.botCards()) expect(cardProblems(card)).toEqual([]);
  });
});
