import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeHydraId } from '../../src/webex/hydra-id.js';
import { BotHarness, type PostedMessage } from '../support/bot-harness.js';
import { expectExchangesMatchSpec } from '../support/spec-check.js';
import { cardOf, cardText, isSummary, jobIdOf, summaryCounts } from '../support/users-flow.js';

/**
 * Full Administrator for many users by CSV: the role goes through SCIM 2 (Bulk, at most 100 operations per
 * request), licenses stay on PATCH /licenses/users, and no person is ever replaced with PUT /people, so
 * what the bot does not manage (calling numbers, extension, location) is kept.
 */
const h = new BotHarness();
const USERS = 100;
const emails = Array.from({ length: USERS }, (_, i) => `bulk.${String(i).padStart(3, '0')}@acme.example.com`);
const CALLING = emails[7]!;

beforeAll(async () => {
  await h.start();
  await h.fx.call(null, 'PUT', '/sandbox/licenses/CJPPRM', { totalUnits: 300 });
  const state = h.fx.sandbox.state;
  const premium = state.licenseIdForOffer('CJPPRM');
  const now = new Date().toISOString();
  for (const [i, email] of emails.entries()) {
    const uuid = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const person = {
      uuid,
      id: encodeHydraId('PEOPLE', uuid),
      kind: 'person' as const,
      emails: [email],
      displayName: `Bulk ${i}`,
      firstName: 'Bulk',
      lastName: String(i),
      phoneNumbers: email === CALLING ? [{ type: 'work', value: '+1 408 555 0177' }] : [],
      ...(email === CALLING ? { extension: '177', locationId: 'location-hq' } : {}),
      roles: [],
      licenses: [],
      orgId: state.orgId,
      created: now,
      lastModified: now,
      invitePending: false,
      loginEnabled: true,
    };
    state.people.set(person.id, person);
    state.setLicenses(person, [premium]);
  }
}, 60_000);
afterAll(() => h.stop());

const isModeCard = (m: PostedMessage) => /rows checked, no problems/.test(String(cardOf(m)?.body?.[0]?.text ?? ''));
const isPreviewCard = (m: PostedMessage) => String(cardOf(m)?.body?.[0]?.text ?? '').startsWith('Preview:');

async function importCsv(role: 'Administrator' | 'Agent'): Promise<PostedMessage> {
  const lines = [
    'User ID/Email (Required),Contact center Standard Agent,Contact Center Premium Agent,Contact Center Role',
    ...emails.map((e) => `${e},FALSE,TRUE,${role}`),
  ];
  const upload = await h.upload('alice', `${role}.csv`, Buffer.from(`${lines.join('\r\n')}\r\n`));
  const [modeCard] = await h.waitForReplies(upload.id, (r) => r.length >= 1);
  expect(isModeCard(modeCard!)).toBe(true);
  const action = (cardOf(modeCard)!.actions as { data: Record<string, string> }[]).find(
    (a) => a.data.mode === 'add-remove',
  )!;
  await h.submit('alice', modeCard!, action.data);
  const preview = (await h.waitForReplies(upload.id, (r) => r.some(isPreviewCard))).find(isPreviewCard)!;
  await h.submit('alice', preview, { action: 'job.confirm', jobId: jobIdOf(preview) });
  const replies = await h.waitForReplies(upload.id, (r) => r.some(isSummary), undefined, 120_000);
  return replies.find(isSummary)!;
}

const puts = () => h.fx.sandbox.exchanges.filter((e) => e.method === 'PUT' && e.path.startsWith('/v1/people'));

describe('Full Administrator for 100 users by CSV', () => {
  it('grants it with at most two SCIM requests and no PUT /people, keeping calling data', async () => {
    const before = h.scimRequests().length;
    const summary = await importCsv('Administrator');
    expect(summaryCounts(summary)).toMatchObject({ updated: USERS, failed: 0 });
    const scim = h.scimRequests().slice(before);
    expect(scim.length).toBeLessThanOrEqual(2);
    expect(scim.every((e) => e.method === 'POST' && e.path.endsWith('/v2/Bulk') && e.status === 200)).toBe(true);
    expect(puts()).toEqual([]);
    for (const email of emails) expect(h.personState(email)!.roles).toEqual(['id_full_admin']);
    const calling = h.fx.sandbox.state.findPersonByEmail(CALLING)!;
    expect(calling).toMatchObject({ extension: '177', locationId: 'location-hq' });
    expect(calling.phoneNumbers.map((n) => n.value)).toEqual(['+1 408 555 0177']);
  });

  it('removes it the same way', async () => {
    const before = h.scimRequests().length;
    const summary = await importCsv('Agent');
    expect(summaryCounts(summary)).toMatchObject({ updated: USERS, failed: 0 });
    expect(h.scimRequests().slice(before).length).toBeLessThanOrEqual(2);
    expect(puts()).toEqual([]);
    for (const email of emails) expect(h.personState(email)!.roles).toEqual([]);
    const calling = h.fx.sandbox.state.findPersonByEmail(CALLING)!;
    expect(calling).toMatchObject({ extension: '177', locationId: 'location-hq' });
    expect(calling.phoneNumbers.map((n) => n.value)).toEqual(['+1 408 555 0177']);
  });

  it('fails only the user whose operation Webex refused, with its message and trackingId', async () => {
    // Two users grant again; one of them is removed from Webex between the preview and the Bulk request.
    const pair = [emails[0]!, emails[1]!];
    const lines = [
      'User ID/Email (Required),Contact center Standard Agent,Contact Center Premium Agent,Contact Center Role',
      ...pair.map((e) => `${e},FALSE,TRUE,Administrator`),
    ];
    const upload = await h.upload('alice', 'two.csv', Buffer.from(`${lines.join('\r\n')}\r\n`));
    const [modeCard] = await h.waitForReplies(upload.id, (r) => r.length >= 1);
    const action = (cardOf(modeCard)!.actions as { data: Record<string, string> }[]).find(
      (a) => a.data.mode === 'add',
    )!;
    await h.submit('alice', modeCard!, action.data);
    const preview = (await h.waitForReplies(upload.id, (r) => r.some(isPreviewCard))).find(isPreviewCard)!;
    const gone = h.fx.sandbox.state.findPersonByEmail(pair[1]!)!;
    // The SCIM user id no longer names anyone (the person record keeps its address for People).
    gone.uuid = '99999999-0000-4000-8000-000000000000';
    await h.submit('alice', preview, { action: 'job.confirm', jobId: jobIdOf(preview) });
    const summary = (await h.waitForReplies(upload.id, (r) => r.some(isSummary), undefined, 60_000)).find(isSummary)!;
    expect(summaryCounts(summary)).toMatchObject({ updated: 1, failed: 1 });
    expect(cardText(summary)).toContain(`not found`);
    expect(h.personState(pair[0]!)!.roles).toEqual(['id_full_admin']);
    expect(h.personState(pair[1]!)!.roles).toEqual([]);
  });

  it('sent only requests the specifications describe', () => {
    expectExchangesMatchSpec(
      h.fx.sandbox.exchanges.filter((e) => e.path.startsWith('/identity/') || e.path.startsWith('/v1/people')),
    );
  });
});
