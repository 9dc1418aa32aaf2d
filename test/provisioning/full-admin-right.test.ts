import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planEntriesFromRows } from '../../src/csv/import-plan.js';
import type { ImportRow } from '../../src/csv/read-import.js';
import { translator } from '../../src/i18n/translate.js';
import type { JobRunner } from '../../src/jobs/runner.js';
import { ConfirmerRight } from '../../src/provisioning/full-admin-right.js';
import { buildCatalogue, desiredAccess } from '../../src/provisioning/license-model.js';
import { newSeatLedger, type PlanEntry, planEntries, planUsers } from '../../src/provisioning/plan.js';
import { JobDesk } from '../../src/provisioning/services/job-desk.js';
import { openSqliteStorage } from '../../src/storage/sqlite/open-storage.js';
import { WebexApiError } from '../../src/webex/errors.js';
import { encodeHydraId } from '../../src/webex/hydra-id.js';
import type { License, Person } from '../../src/webex/types.js';
import { newJob, planned } from '../storage/job-store-contract.js';

const text = (m: Parameters<ReturnType<typeof translator>['m']>[0]): string => translator('en').m(m);
const portuguese = (m: Parameters<ReturnType<typeof translator>['m']>[0]): string => translator('pt-BR').m(m);

const org = '96abc2aa-3dcc-11e5-a152-fe34819cdc9a';
const lic = (offer: string, name: string): License => ({
  id: encodeHydraId('LICENSE', `${org}:${offer}_sub1`),
  name,
  totalUnits: 10,
  consumedUnits: 0,
});
const STD = lic('CJPSTD', 'Contact center Standard Agent');
const PRM = lic('CJPPRM', 'Contact Center Premium Agent');
const FULL = { id: encodeHydraId('ROLE', 'id_full_admin'), name: 'Full Administrator' };
const USER_ADMIN = { id: encodeHydraId('ROLE', 'id_user_admin'), name: 'User Administrator' };
const catalogue = buildCatalogue([STD, PRM], [FULL, USER_ADMIN]);
const person = (email: string, licenses: License[], roles: string[] = []): Person => ({
  id: encodeHydraId('PEOPLE', email),
  emails: [email],
  displayName: email,
  orgId: encodeHydraId('ORGANIZATION', org),
  licenses: licenses.map((l) => l.id),
  roles,
  type: 'person',
});

const FULL_ADMIN = { fullAdmin: true };
const USER_ADMINISTRATOR = { fullAdmin: false };

/** Boss is a Full Administrator, Sam a Standard Agent, new@ does not exist yet. */
const existing = new Map<string, Person | undefined>([
  ['boss@x.com', person('boss@x.com', [PRM], [FULL.id])],
  ['sam@x.com', person('sam@x.com', [STD], [USER_ADMIN.id])],
  ['new@x.com', undefined],
]);

const asRole = (email: string, role: Parameters<typeof desiredAccess>[0]): PlanEntry => ({
  line: 1,
  email,
  desired: () => desiredAccess(role),
});

const plan = (entries: PlanEntry[], rights: { fullAdmin: boolean }, free = 5) =>
  planEntries({ entries, existing, catalogue, ledger: newSeatLedger({ standard: free, premium: free }), rights });

describe('planning changes of the Full Administrator role', () => {
  it('blocks granting and removing it for someone who is not a Full Administrator, with the reason', () => {
    const { users } = plan(
      [
        asRole('sam@x.com', 'administrator'),
        asRole('new@x.com', 'administrator'),
        asRole('boss@x.com', 'no-admin'),
        asRole('boss@x.com', 'agent'),
      ],
      USER_ADMINISTRATOR,
    );
    expect(users.map((u) => [u.email, u.action])).toEqual([
      ['sam@x.com', 'blocked'],
      ['new@x.com', 'blocked'],
      ['boss@x.com', 'blocked'],
      ['boss@x.com', 'unchanged'],
    ]);
    expect(users[0]).toMatchObject({
      before: { tier: 'standard', fullAdmin: false },
      after: { tier: 'premium', fullAdmin: true },
    });
    expect(text(users[0]!.reason)).toBe(
      'Only a Full Administrator can grant or remove the Full Administrator role in Control Hub; ask one to preview and confirm this change.',
    );
    expect(text(users[2]!.advice)).toMatch(/Ask a Full Administrator to make this change/);
    expect(portuguese(users[1]!.reason)).toMatch(/^Só um Administrador total pode conceder ou remover/);
  });

  it('plans the same changes for a Full Administrator', () => {
    const { users } = plan(
      [asRole('sam@x.com', 'administrator'), asRole('new@x.com', 'administrator'), asRole('boss@x.com', 'no-admin')],
      FULL_ADMIN,
    );
    expect(users.map((u) => u.action)).toEqual(['update', 'create', 'update']);
    expect(users[2]).toMatchObject({ after: { tier: 'premium', fullAdmin: false } });
  });

  it('lets anyone keep the role as it is, and the seat of a refused row goes to the next one', () => {
    const { users, seats } = plan(
      [asRole('sam@x.com', 'administrator'), asRole('new@x.com', 'agent'), asRole('boss@x.com', 'administrator')],
      USER_ADMINISTRATOR,
      1,
    );
    expect(users.map((u) => u.action)).toEqual(['blocked', 'create', 'unchanged']);
    expect(seats).toEqual([{ tier: 'premium', free: 1, needed: 1, short: [] }]);
  });

  it("blocks an import row whose role column grants or removes it, and plans the file's other rows", () => {
    const row = (n: number, email: string, licenses: ImportRow['licenses'], role?: ImportRow['role']): ImportRow => ({
      row: n,
      email,
      licenses,
      ...(role ? { role } : {}),
      cells: [],
    });
    const rows = [
      row(2, 'sam@x.com', { premium: true }, 'administrator'),
      row(3, 'boss@x.com', { premium: true }, 'agent'),
      row(4, 'new@x.com', { standard: true }),
    ];
    const asked = (rights: { fullAdmin: boolean }) =>
      planEntries({
        entries: planEntriesFromRows(rows, 'add-remove'),
        existing,
        catalogue,
        ledger: newSeatLedger({ standard: 5, premium: 5 }),
        rights,
      }).users.map((u) => u.action);
    expect(asked(USER_ADMINISTRATOR)).toEqual(['blocked', 'blocked', 'create']);
    expect(asked(FULL_ADMIN)).toEqual(['update', 'update', 'create']);
  });

  it('applies to a card batch as a whole role', () => {
    const card = planUsers({
      entries: [
        { line: 1, email: 'sam@x.com' },
        { line: 2, email: 'boss@x.com' },
      ],
      role: 'administrator',
      existing,
      catalogue,
      freeSeats: { standard: 5, premium: 5 },
      rights: USER_ADMINISTRATOR,
    });
    expect(card.users.map((u) => u.action)).toEqual(['blocked', 'unchanged']);
  });
});

describe("the confirmer's right when a job runs", () => {
  const grant = planned(1, {
    before: { tier: 'standard', fullAdmin: false },
    after: { tier: 'premium', fullAdmin: true },
  });
  const licenseOnly = planned(2, {
    action: 'update',
    before: { tier: 'standard', fullAdmin: true },
    after: { tier: 'premium', fullAdmin: true },
  });

  it('reads the confirmer once, and refuses role changes only when they no longer hold the role', async () => {
    const reads: string[] = [];
    const people = new Map([
      ['boss@x.com', person('boss@x.com', [PRM], [FULL.id])],
      ['sam@x.com', person('sam@x.com', [STD], [USER_ADMIN.id])],
    ]);
    const api = {
      findPersonByEmail: async (email: string) => {
        reads.push(email);
        return people.get(email);
      },
    };
    const boss = new ConfirmerRight(api, 'boss@x.com', catalogue);
    expect(await boss.refusal(grant)).toBeUndefined();
    expect(await boss.refusal(grant)).toBeUndefined();
    expect(reads).toEqual(['boss@x.com']);
    const sam = new ConfirmerRight(api, 'sam@x.com', catalogue);
    expect(await sam.refusal(licenseOnly)).toBeUndefined();
    expect(await sam.refusal(planned(3, { action: 'blocked', after: { tier: 'premium', fullAdmin: true } }))).toBe(
      undefined,
    );
    expect(reads).toEqual(['boss@x.com']);
    const refused = await sam.refusal(grant);
    expect(refused).toMatchObject({ outcome: 'failed' });
    expect(text(refused!.reason)).toMatch(/^Only a Full Administrator can grant or remove/);
    const gone = await new ConfirmerRight(api, 'left@x.com', catalogue).refusal(grant);
    expect(gone).toMatchObject({ outcome: 'failed', reason: { key: 'plan.fullAdminOnly' } });
  });

  it('waits out Webex, fails the change when the confirmer cannot be read, and reads again each time', async () => {
    let calls = 0;
    const api = {
      findPersonByEmail: async (email: string) => {
        calls += 1;
        if (calls === 1)
          throw new WebexApiError('server_error', 'Service Unavailable', 503, 'ROUTER_1', [], {
            method: 'GET',
            path: '/people',
          });
        if (calls === 2)
          throw new WebexApiError('unauthorized', 'Unauthorized', 401, 'ROUTER_2', [], {
            method: 'GET',
            path: '/people',
          });
        if (calls === 3) throw new Error('the answer could not be read');
        return person(email, [PRM], [FULL.id]);
      },
    };
    const right = new ConfirmerRight(api, 'boss@x.com', catalogue);
    // Webex down: the user goes back in line and the job pauses, as for any call.
    expect(await right.refusal(grant)).toMatchObject({ unavailable: true, trackingId: 'ROUTER_1' });
    expect(await right.refusal(grant)).toMatchObject({ credentialRejected: true, trackingId: 'ROUTER_2' });
    const failed = await right.refusal(grant);
    expect(failed).toMatchObject({ outcome: 'failed' });
    expect(text(failed!.reason)).toMatch(/Could not check that the person who confirmed still holds/);
    expect(await right.refusal(grant)).toBeUndefined();
  });
});

describe("a preview's Confirm", () => {
  it('is refused to someone who is not a Full Administrator when the job changes that role', async () => {
    const store = openSqliteStorage(mkdtempSync(join(tmpdir(), 'wxcc-rights-'))).jobs;
    const started: string[] = [];
    const desk = new JobDesk({
      store,
      runner: { run: async (id: string) => void started.push(id) } as unknown as JobRunner,
    });
    const grants = planned(2, { after: { tier: 'premium', fullAdmin: true } });
    const refusedRow = { ...grants, seq: 3, action: 'blocked' as const };
    await store.createJob(newJob('job-grant'), [planned(1), grants]);
    await store.createJob(newJob('job-kept'), [planned(1), refusedRow]);
    await store.setPreviewMessage('job-grant', 'card-1');
    await store.setPreviewMessage('job-kept', 'card-2');

    expect(await desk.confirm('job-grant', 'card-1', 'sam@x.com', USER_ADMINISTRATOR)).toMatchObject({
      kind: 'fullAdminOnly',
    });
    expect((await store.job('job-grant'))!.state).toBe('previewed');
    // Rows the preview blocked never run, so they need no Full Administrator to confirm.
    expect(await desk.confirm('job-kept', 'card-2', 'sam@x.com', USER_ADMINISTRATOR)).toMatchObject({
      kind: 'started',
    });
    expect(await desk.confirm('job-grant', 'card-1', 'boss@x.com', FULL_ADMIN)).toMatchObject({ kind: 'started' });
    expect((await store.job('job-grant'))!.confirmedBy).toBe('boss@x.com');
  });
});
