import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translate.js';
import {
  buildCatalogue,
  contactCenterSeats,
  licenseChanges,
  offerCodeOf,
  tierOfLicense,
} from '../../src/provisioning/license-model.js';
import { planUsers } from '../../src/provisioning/plan.js';
import { encodeHydraId } from '../../src/webex/hydra-id.js';
import type { License, Person } from '../../src/webex/types.js';

/** A catalog text as an English-speaking administrator reads it. */
const text = (m: Parameters<ReturnType<typeof translator>['m']>[0]): string => translator('en').m(m);

const org = '96abc2aa-3dcc-11e5-a152-fe34819cdc9a';
const lic = (offer: string, name: string, total: number, used: number, sub = 'sub1'): License => ({
  id: encodeHydraId('LICENSE', `${org}:${offer}_${sub}`),
  name,
  totalUnits: total,
  consumedUnits: used,
});
const STD = lic('CJPSTD', 'Contact center Standard Agent', 10, 9);
const PRM = lic('CJPPRM', 'Contact Center Premium Agent', 5, 4);
const MS = lic('MS', 'Advanced Messaging', 100, 10);
const FULL = { id: encodeHydraId('ROLE', 'id_full_admin'), name: 'Full Administrator' };
const catalogue = buildCatalogue(
  [STD, PRM, MS],
  [FULL, { id: encodeHydraId('ROLE', 'id_user_admin'), name: 'User Administrator' }],
);
/** A Full Administrator asks: every change of that role may be planned. */
const rights = { fullAdmin: true };
const person = (email: string, licenses: License[], roles: string[] = []): Person => ({
  id: encodeHydraId('PEOPLE', email),
  emails: [email],
  displayName: email,
  orgId: encodeHydraId('ORGANIZATION', org),
  licenses: licenses.map((l) => l.id),
  roles,
  type: 'person',
});

describe('the license model', () => {
  it('recognises Contact Center licenses by offer code, and by name when the id says nothing', () => {
    expect(offerCodeOf(PRM.id)).toBe('CJPPRM');
    expect(tierOfLicense(STD)).toBe('standard');
    expect(tierOfLicense({ id: 'opaque-id-1', name: 'contact center premium agent' })).toBe('premium');
    expect(tierOfLicense({ id: MS.id, name: 'Contact Center Premium Agent (renamed messaging)' })).toBeUndefined();
    expect(
      contactCenterSeats([STD, PRM, lic('CJPSTD', 'Contact center Standard Agent', 4, 1, 'sub2')]).standard,
    ).toMatchObject({ total: 14, used: 10, free: 4 });
  });

  it('swaps Contact Center licenses in one operation and never touches other services', () => {
    expect(licenseChanges([STD.id, MS.id], 'premium', catalogue, () => PRM.id)).toEqual({
      add: [PRM.id],
      remove: [STD.id],
    });
    expect(licenseChanges([PRM.id, MS.id], 'premium', catalogue, () => PRM.id)).toEqual({ add: [], remove: [] });
    expect(licenseChanges([PRM.id, MS.id], 'none', catalogue, () => undefined)).toEqual({ add: [], remove: [PRM.id] });
  });
});

describe('planning a batch', () => {
  it('decides create, update, unchanged and blocked from the current state, with the seat forecast', () => {
    const existing = new Map<string, Person | undefined>([
      ['std@x.com', person('std@x.com', [STD, MS])],
      ['prm@x.com', person('prm@x.com', [PRM])],
      ['new1@x.com', undefined],
      ['new2@x.com', undefined],
    ]);
    const plan = planUsers({
      entries: ['std@x.com', 'prm@x.com', 'new1@x.com', 'new2@x.com'].map((email, i) => ({ line: i + 1, email })),
      role: 'agent',
      existing,
      catalogue,
      freeSeats: { standard: 1, premium: 2 },
      rights,
    });
    expect(plan.users.map((u) => [u.email, u.action])).toEqual([
      ['std@x.com', 'update'],
      ['prm@x.com', 'unchanged'],
      ['new1@x.com', 'create'],
      ['new2@x.com', 'blocked'],
    ]);
    expect(text(plan.users[3]!.reason)).toMatch(/No free Premium Agent seat/);
    expect(plan.seats).toEqual([{ tier: 'premium', free: 2, needed: 3, short: ['new2@x.com'] }]);
    expect(plan.users[0]!.held).toEqual({ licenses: [STD.id, MS.id], roles: [] });
  });

  it('grants and removes administrator privileges and keeps them otherwise', () => {
    const admin = person('boss@x.com', [PRM], [FULL.id]);
    const existing = new Map([['boss@x.com', admin]]);
    const entries = [{ line: 1, email: 'boss@x.com' }];
    const free = { standard: 5, premium: 5 };
    expect(
      planUsers({ entries, role: 'administrator', existing, catalogue, freeSeats: free, rights }).users[0]!.action,
    ).toBe('unchanged');
    const removal = planUsers({ entries, role: 'no-admin', existing, catalogue, freeSeats: free, rights }).users[0]!;
    expect(removal).toMatchObject({
      action: 'update',
      before: { tier: 'premium', fullAdmin: true },
      after: { tier: 'premium', fullAdmin: false },
    });
    const downgrade = planUsers({ entries, role: 'standard', existing, catalogue, freeSeats: free, rights }).users[0]!;
    expect(downgrade.after).toEqual({ tier: 'standard', fullAdmin: true });
    const unknown = planUsers({
      entries: [{ line: 1, email: 'ghost@x.com' }],
      role: 'no-admin',
      existing: new Map(),
      catalogue,
      freeSeats: free,
      rights,
    }).users[0]!;
    expect(unknown).toMatchObject({ action: 'blocked' });
    expect(text(unknown.reason)).toMatch(/is not a user of this organization, so there is nothing to remove/);
  });

  it('records the supervisor wish and blocks what the organisation cannot give', () => {
    const noPremium = buildCatalogue([STD], []);
    const plan = planUsers({
      entries: [{ line: 1, email: 'sup@x.com' }],
      role: 'supervisor',
      existing: new Map(),
      catalogue: noPremium,
      freeSeats: { standard: 3, premium: 0 },
      rights,
    });
    expect(plan.users[0]).toMatchObject({ action: 'blocked', supervisor: true });
    expect(text(plan.users[0]!.reason)).toBe('This organization has no Premium Agent licenses.');
    const admin = planUsers({
      entries: [{ line: 1, email: 'a@x.com' }],
      role: 'administrator',
      existing: new Map(),
      catalogue: noPremium,
      freeSeats: { standard: 3, premium: 3 },
      rights,
    });
    expect(text(admin.users[0]!.reason)).toMatch(/cannot see the Full Administrator role/);
  });
});
