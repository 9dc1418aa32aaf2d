import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness, type PostedMessage } from '../support/bot-harness.js';
import { cardOf, cardText, confirmBatch, previewBatch, summaryCounts } from '../support/users-flow.js';

/**
 * Contact Center administrators often hold only the Contact Center Service Administrator role (help.webex.com
 * n5jdj19). The seed's Cora holds that role and no other: she provisions agents, but like a User
 * Administrator she cannot grant the Full Administrator role; Mallory, a plain member, is still refused.
 */
const h = new BotHarness();
beforeAll(() => h.start(), 60_000);
afterAll(() => h.stop());

const GUS = 'gus.nolicense@acme.example.com';
const ELI = 'eli.agent@acme.example.com';
const REFUSED =
  'Only a Full Administrator can grant or remove the Full Administrator role in Control Hub; ask one to preview and confirm this change.';
const buttons = (m: PostedMessage): string[] => (cardOf(m)!.actions as { title: string }[]).map((a) => a.title);

describe('a Contact Center Service Administrator', () => {
  it('holds only that role in the seed, found under its name in the organisation roles', () => {
    const cora = h.fx.sandbox.state.findPersonByEmail('cora.ccadmin@acme.example.com')!;
    const names = cora.roles.map((id) => h.fx.sandbox.state.roles.find((r) => r.id === id)?.name);
    expect(names).toEqual(['Contact Center Service Administrator']);
  });

  it('adds an agent', async () => {
    const { thread, answer } = await previewBatch(h, 'cora', { entries: GUS, role: 'standard' });
    expect(cardText(answer)).toContain(`${GUS}: no Contact Center license → Standard Agent`);
    const { summary } = await confirmBatch(h, 'cora', thread, answer);
    expect(summaryCounts(summary)).toEqual({ created: 0, updated: 1, unchanged: 0, failed: 0 });
    expect(h.personState(GUS)!.licenses).toEqual(['CJPSTD', 'MS']);
  });

  it('cannot grant the Full Administrator role', async () => {
    const since = h.fx.sandbox.exchanges.length;
    const { answer } = await previewBatch(h, 'cora', { entries: ELI, role: 'administrator' });
    expect(cardText(answer)).toContain(`${ELI}: ${REFUSED}`);
    expect(buttons(answer)).toEqual(['Cancel']);
    expect(h.writeCallsSince(since)).toEqual([]);
    expect(h.personState(ELI)!.roles).toEqual([]);
  });
});

describe('a member of the admin space with no administrator role', () => {
  it('is still refused', async () => {
    const asked = await h.say('mallory', 'add');
    const [reply] = await h.waitForReply(asked.id);
    expect(reply!.markdown).toBe(
      'Sorry, only Control Hub administrators of this organization (full, user and device, or Contact Center service administrators) who are members of this space can use me. Nothing was changed.',
    );
  });
});
