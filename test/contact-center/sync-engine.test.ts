import { describe, expect, it } from 'vitest';
import { ROLE_CHECK_WINDOW_MS } from '../../src/contact-center/sync-engine.js';
import { translator } from '../../src/i18n/translate.js';
import { WebexApiError } from '../../src/webex/errors.js';
import {
  AGENT,
  DESK_PADRAO,
  engineWith,
  FakeContactCenter,
  REQUEST,
  SITE_LISBOA,
  SITE_SP,
  TEAM_CORREIO,
  TEAM_SUPORTE,
  TEAM_VENDAS,
  target,
} from './fake-contact-center.js';

/** A catalog text as an English-speaking administrator reads it. */
const en = (m: Parameters<ReturnType<typeof translator>['m']>[0]): string => translator('en').m(m);

/** The Contact Center user fields an agent's settings are written to, read back from the fake. */
const settingsOf = (fake: FakeContactCenter, n: number) => {
  const u = fake.users.get(`ci-${n}`)!;
  return { enabled: u.contactCenterEnabled, siteId: u.siteId, teamIds: u.teamIds, agentProfileId: u.agentProfileId };
};

describe('closing the loop with the Contact Center after a change', () => {
  it('enables users who arrive disabled and applies their settings in one bulk call, then reads them ready', async () => {
    const fake = new FakeContactCenter();
    for (const n of [1, 2, 3]) fake.person(n);
    const { engine, store, listener } = engineWith(fake);
    const run = await engine.startRun(
      REQUEST,
      [1, 2, 3].map((n) => target(n, { agent: AGENT })),
    );
    await engine.drive(run.id);

    expect(fake.count('bulk')).toBe(1);
    expect(fake.bulkItems()).toEqual(
      [1, 2, 3].map((n) => ({
        id: `cc-ci-${n}`,
        fields: {
          contactCenterEnabled: true,
          siteId: SITE_SP.id,
          teamIds: [TEAM_VENDAS.id],
          agentProfileId: DESK_PADRAO.id,
        },
      })),
    );
    for (const n of [1, 2, 3])
      expect(settingsOf(fake, n)).toEqual({
        enabled: true,
        siteId: SITE_SP.id,
        teamIds: [TEAM_VENDAS.id],
        agentProfileId: DESK_PADRAO.id,
      });
    expect(listener.finished.map((f) => f.counts)).toEqual([
      { total: 3, synced: 3, pending: 0, needsSettings: 0, invalid: 0 },
    ]);
    expect((await store.usersInState(run.id, 'synced')).map((u) => en(u.reason))).toEqual(
      Array(3).fill(
        'Ready: in the Contact Center and enabled, with a site, a team, a desktop profile and a profile that fits the license.',
      ),
    );
    expect(listener.alerts).toEqual([]);
    expect(listener.settings).toEqual([]);
  });

  it('asks for the settings nobody gave, once, without an alert or a re-sync; an admin-made agent is only enabled', async () => {
    const fake = new FakeContactCenter();
    fake.person(1);
    fake.person(2, { tier: 'standard' });
    fake.person(3);
    // Set up by hand earlier, then switched off: it has everything but being enabled.
    fake.existing({
      ciUserId: 'ci-3',
      email: 'user3@acme.example.com',
      contactCenterEnabled: false,
      siteId: SITE_SP.id,
      teamIds: [TEAM_SUPORTE.id],
      agentProfileId: DESK_PADRAO.id,
    });
    const { engine, store, listener, syncs } = engineWith(fake);
    const run = await engine.startRun(REQUEST, [target(1), target(2, { tier: 'standard' }), target(3)]);
    await engine.drive(run.id);

    expect(fake.bulkItems()).toEqual([{ id: 'cc-ci-3', fields: { contactCenterEnabled: true } }]);
    expect(settingsOf(fake, 1)).toEqual({ enabled: false, siteId: undefined, teamIds: [], agentProfileId: undefined });
    const needing = await store.usersInState(run.id, 'needs_settings');
    expect(needing.map((u) => [u.email, u.missing])).toEqual([
      ['user1@acme.example.com', ['site', 'teams', 'desktopProfile']],
      ['user2@acme.example.com', ['site', 'teams', 'desktopProfile']],
    ]);
    expect(en(needing[0]!.reason)).toBe(
      'In the Contact Center, but cannot work as an agent yet: missing site, teams, and desktop profile, and none was given.',
    );
    expect(listener.settings.map((users) => users.map((u) => u.email))).toEqual([
      ['user1@acme.example.com', 'user2@acme.example.com'],
    ]);
    expect(listener.finished.map((f) => f.counts)).toEqual([
      { total: 3, synced: 1, pending: 0, needsSettings: 2, invalid: 0 },
    ]);
    expect(listener.alerts).toEqual([]);
    expect(syncs()).toBe(1);
  });

  it('quotes a refusal (capacity-based team, 412) as a to-do, never retries it, and applies the settings given then', async () => {
    const fake = new FakeContactCenter();
    fake.person(1);
    fake.person(2);
    fake.answer = (item) =>
      item.id === 'cc-ci-2' && fake.count('bulk') === 1
        ? {
            status: 412,
            apiError: {
              trackingId: 'T-412',
              error: {
                reason: 'dependency exists',
                message: [{ description: 'resource referred in other entity(s)' }],
              },
            },
          }
        : undefined;
    const { engine, store, listener } = engineWith(fake);
    const run = await engine.startRun(REQUEST, [
      target(1, { agent: { site: SITE_SP, teams: [TEAM_CORREIO], desktopProfile: DESK_PADRAO } }),
      target(2, { agent: { ...AGENT, site: SITE_LISBOA } }),
    ]);
    await engine.drive(run.id);

    expect(fake.count('bulk')).toBe(1);
    const [one, two] = await store.usersInState(run.id, 'needs_settings');
    expect(one!.missing).toEqual(['teams']);
    expect(en(one!.reason)).toMatch(
      /^In the Contact Center, but the Contact Center refused the settings \(400\): teamIds: a capacity-based team cannot be assigned to a user\. \(trackingId T-bulk-\d+\)$/,
    );
    // The answer names no setting: each one written is open to others.
    expect(two!.missing).toEqual(['site', 'teams', 'desktopProfile']);
    expect(en(two!.reason)).toBe(
      'In the Contact Center, but the Contact Center refused the settings (412): resource referred in other entity(s) (trackingId T-412)',
    );
    expect(listener.settings.map((users) => users.map((u) => u.seq))).toEqual([[1, 2]]);
    expect(listener.alerts).toEqual([]);

    // "Apply the defaults": only what each user misses or had refused; the rest they were given stays.
    const defaults = { site: SITE_LISBOA, teams: [TEAM_SUPORTE], desktopProfile: DESK_PADRAO };
    expect(await engine.applySettings(run.id, defaults)).toBe('applying');
    await engine.drive(run.id);
    expect(fake.bulkItems().slice(2)).toEqual([
      {
        id: 'cc-ci-1',
        fields: {
          contactCenterEnabled: true,
          siteId: SITE_SP.id,
          teamIds: [TEAM_SUPORTE.id],
          agentProfileId: DESK_PADRAO.id,
        },
      },
      {
        id: 'cc-ci-2',
        fields: {
          contactCenterEnabled: true,
          siteId: SITE_LISBOA.id,
          teamIds: [TEAM_SUPORTE.id],
          agentProfileId: DESK_PADRAO.id,
        },
      },
    ]);
    expect(settingsOf(fake, 1)).toMatchObject({ enabled: true, siteId: SITE_SP.id, teamIds: [TEAM_SUPORTE.id] });
    expect(settingsOf(fake, 2)).toMatchObject({ enabled: true, siteId: SITE_LISBOA.id, teamIds: [TEAM_SUPORTE.id] });
    expect(listener.finished.at(-1)!.counts).toEqual({ total: 2, synced: 2, pending: 0, needsSettings: 0, invalid: 0 });
    expect(await engine.applySettings(run.id, defaults)).toBe('nothing');
    expect(await engine.applySettings('sync-unknown', defaults)).toBe('unknown');
  });

  it('writes again after a failure of the Contact Center, and gives up on nothing the admin could fix', async () => {
    const fake = new FakeContactCenter();
    fake.person(1);
    let failures = 1;
    fake.answer = () =>
      failures-- > 0
        ? { status: 503, apiError: { error: { message: [{ description: 'Service unavailable' }] } } }
        : undefined;
    const { engine, listener } = engineWith(fake);
    const run = await engine.startRun(REQUEST, [target(1, { agent: AGENT })]);
    await engine.drive(run.id);
    expect(fake.count('bulk')).toBe(2);
    expect(settingsOf(fake, 1).enabled).toBe(true);
    expect(listener.finished.map((f) => f.counts.synced)).toEqual([1]);
  });

  it('alerts when the whole write is refused for want of access, as no setting given would change that', async () => {
    const fake = new FakeContactCenter();
    fake.person(1);
    fake.bulkError = () =>
      new WebexApiError('forbidden', 'The access token does not have the scope cjp:config_write.', 403, 'T-403', [], {
        method: 'PATCH',
        path: '/organization/o/user/bulk',
      });
    const { engine, store, listener, syncs } = engineWith(fake);
    const run = await engine.startRun(REQUEST, [target(1, { agent: AGENT })]);
    await engine.drive(run.id);

    const [invalid] = await store.usersInState(run.id, 'invalid');
    expect(en(invalid!.reason)).toBe(
      'Settings not saved: the Contact Center refused them (403): The access token does not have the scope cjp:config_write. (trackingId T-403)',
    );
    expect(listener.alerts.map((a) => a.users.map((u) => u.email))).toEqual([['user1@acme.example.com']]);
    expect(listener.settings).toEqual([]);
    expect(fake.count('bulk')).toBe(1);
    expect(syncs()).toBe(1);
  });

  it('alerts when the Contact Center accepted the settings but reads back otherwise (a real fault), without a re-sync', async () => {
    const fake = new FakeContactCenter();
    fake.person(1);
    fake.person(2);
    fake.answer = (item) => (item.id === 'cc-ci-2' ? { status: 200 } : undefined);
    const { engine, store, listener, syncs } = engineWith(fake);
    const run = await engine.startRun(REQUEST, [target(1, { agent: AGENT }), target(2, { agent: AGENT })]);
    await engine.drive(run.id);

    expect(fake.count('bulk')).toBe(1);
    const [invalid] = await store.usersInState(run.id, 'invalid');
    expect(invalid!.email).toBe('user2@acme.example.com');
    expect(en(invalid!.reason)).toBe(
      'The Contact Center accepted the settings, but the user still shows other values for Agent Desktop access (Contact Center Enabled), site, teams, and desktop profile.',
    );
    expect(listener.alerts.map((a) => a.users.map((u) => u.email))).toEqual([['user2@acme.example.com']]);
    expect(syncs()).toBe(1);

    // "Retry sync": a fresh synchronisation, and the settings are written again after it.
    fake.answer = undefined;
    const [{ alert }] = listener.alerts as [(typeof listener.alerts)[number]];
    expect(await engine.retryAlert(alert.id)).toBe('retrying');
    await engine.drive(run.id);
    expect(fake.bulkItems().map((item) => item.id)).toEqual(['cc-ci-1', 'cc-ci-2', 'cc-ci-2']);
    expect(settingsOf(fake, 2).enabled).toBe(true);
    expect(listener.resolved).toEqual([alert.id]);
  });

  it('alerts for a licensed user still missing after the deadline, after re-syncs; a to-do is no alert', async () => {
    const fake = new FakeContactCenter();
    fake.msPerCall = 10_000;
    fake.person(1, { neverArrives: true });
    fake.person(2);
    const { engine, store, listener, syncs } = engineWith(fake);
    const run = await engine.startRun(REQUEST, [target(1), target(2)]);
    await engine.drive(run.id);

    const [missing] = await store.usersInState(run.id, 'invalid');
    expect(en(missing!.reason)).toBe(
      'Licensed in Control Hub, but still not in the Contact Center after synchronization.',
    );
    expect(listener.alerts.map((a) => a.users.map((u) => u.email))).toEqual([['user1@acme.example.com']]);
    expect(syncs()).toBe(3);
    expect((await store.run(run.id))!.triggers.map((t) => t.why)).toEqual(['first', 'resync', 'resync']);
    expect(listener.finished.at(-1)!.counts).toMatchObject({ needsSettings: 1, invalid: 1 });
  });

  it('posts an alert once when a watcher round looks at it while it is still being posted', async () => {
    const fake = new FakeContactCenter();
    fake.msPerCall = 10_000;
    fake.person(1, { neverArrives: true });
    const { engine, listener } = engineWith(fake);
    // Posting takes a while (a busy Webex): the watcher's round runs in the middle of it.
    const post = listener.alertRaised.bind(listener);
    let rounds: Promise<void> | undefined;
    listener.alertRaised = async (alert, run, users) => {
      rounds ??= engine.watchRound();
      await new Promise((resolve) => setTimeout(resolve, 50));
      return post(alert, run, users);
    };
    const run = await engine.startRun(REQUEST, [target(1)]);
    await engine.drive(run.id);
    await rounds;
    await engine.watchRound();
    expect(listener.alerts.map((a) => a.users.map((u) => u.email))).toEqual([['user1@acme.example.com']]);
  });

  it('without a license: administrators (Administrator Only), inactive and absent users are as they should be', async () => {
    for (const licensed of [0, 25]) {
      const fake = new FakeContactCenter();
      fake.existing({ ciUserId: 'ci-1', email: 'admin@acme.example.com', userProfileId: 'up-admin-only' });
      fake.existing({ ciUserId: 'ci-2', email: 'gone@acme.example.com', active: false, contactCenterEnabled: true });
      for (let n = 0; n < licensed; n += 1)
        fake.existing({
          ciUserId: `ci-${10 + n}`,
          email: `agent${n}@acme.example.com`,
          siteId: SITE_SP.id,
          teamIds: [TEAM_VENDAS.id],
          agentProfileId: DESK_PADRAO.id,
        });
      const { engine, store, listener } = engineWith(fake);
      // `sync all`: everyone licensed, and every Contact Center user without a license.
      const targets = [
        target(1, { tier: 'none', email: 'admin@acme.example.com' }),
        target(2, { tier: 'none', email: 'gone@acme.example.com' }),
        target(3, { tier: 'none' }),
        ...Array.from({ length: licensed }, (_, n) => target(10 + n, { email: `agent${n}@acme.example.com` })),
      ];
      const run = await engine.startRun(REQUEST, targets);
      await engine.drive(run.id);

      expect(await store.counts(run.id)).toEqual({
        total: 3 + licensed,
        synced: 3 + licensed,
        pending: 0,
        needsSettings: 0,
        invalid: 0,
        // Counted apart, so that the summary does not call them "ready" agents.
        removed: 3,
      });
      const [admin, gone, absent] = await store.usersInState(run.id, 'synced');
      expect([admin, gone, absent].map((u) => en(u!.reason))).toEqual([
        'No Contact Center license; an Administrator Only user of the Contact Center, as admins are.',
        'No Contact Center license; inactive in the Contact Center.',
        'No Contact Center license and not in the Contact Center.',
      ]);
      expect(listener.alerts).toEqual([]);
      // A listing names the profile by id: its type comes from one list of user profiles.
      expect(fake.count('profiles')).toBe(licensed > 0 ? 1 : 0);
      expect(fake.count('read')).toBe(licensed > 0 ? 0 : 3);
    }
  });

  it('asks once for the Supervisor role in Control Hub, and sets nothing itself; "check again" reads the role', async () => {
    const fake = new FakeContactCenter();
    fake.msPerCall = 5_000;
    for (let n = 1; n <= 25; n += 1) fake.person(n);
    const { engine, store, listener, syncs } = engineWith(fake);
    const targets = Array.from({ length: 25 }, (_, i) => target(i + 1, { agent: AGENT, supervisor: i === 0 }));
    const run = await engine.startRun(REQUEST, targets);
    await engine.drive(run.id);

    const [waiting] = await store.supervisors(run.id);
    expect(waiting).toMatchObject({ email: 'user1@acme.example.com', state: 'needs_settings', profile: 'waiting' });
    expect(en(waiting!.reason)).toBe(
      'Ready as an agent; waiting for the Supervisor role in Control Hub (Premium Agent - Supervisor Role).',
    );
    expect(listener.supervisorSteps.map((users) => users.map((u) => u.email))).toEqual([['user1@acme.example.com']]);
    expect(listener.settings).toEqual([]);
    expect(listener.alerts).toEqual([]);
    expect(fake.bulkItems().every((item) => !('userProfileId' in item.fields))).toBe(true);
    expect(listener.finished.at(-1)!.counts).toMatchObject({ synced: 24, needsSettings: 1 });

    // The administrator gives the role in Control Hub and presses "Done: check again".
    fake.people.get('ci-1')!.supervisorRole = true;
    const before = fake.calls.length;
    expect(await engine.checkAgain(run.id)).toBe('checking');
    await engine.drive(run.id);
    expect(syncs()).toBe(2);
    expect(fake.calls.slice(before)).toContainEqual({ kind: 'read', ciUserId: 'ci-1' });
    expect((await store.supervisors(run.id))[0]).toMatchObject({ state: 'synced', profile: 'set' });
    expect(listener.finished.at(-1)!.counts).toMatchObject({ total: 25, synced: 25 });
    expect(listener.supervisorSteps).toHaveLength(1);
    expect(await engine.checkAgain(run.id)).toBe('all-synced');
  });

  it('posts the Supervisor steps for a supervisor already in the Contact Center who also needs settings', async () => {
    const fake = new FakeContactCenter();
    fake.person(1);
    const { engine, store, listener } = engineWith(fake);
    const run = await engine.startRun(REQUEST, [target(1, { supervisor: true })]);
    await engine.drive(run.id);
    expect((await store.supervisors(run.id))[0]).toMatchObject({ state: 'needs_settings', profile: 'waiting' });
    // Both to-dos, at once: the settings, and the Control Hub steps for the role.
    expect(listener.settings.map((users) => users.map((u) => u.email))).toEqual([['user1@acme.example.com']]);
    expect(listener.supervisorSteps.map((users) => users.map((u) => u.email))).toEqual([['user1@acme.example.com']]);
    expect(listener.finished).toHaveLength(1);
  });

  it('answers a "Done: check again" pressed before the role was given within minutes, not a whole deadline', async () => {
    const fake = new FakeContactCenter();
    fake.person(1);
    const { engine, store, listener } = engineWith(fake, { settings: { deadlineMs: 30 * 60_000 } });
    const run = await engine.startRun(REQUEST, [target(1, { agent: AGENT, supervisor: true })]);
    // The run waits for the role until its deadline: the summary says what is still to do meanwhile.
    fake.clock += 31 * 60_000;
    await engine.drive(run.id);
    expect(listener.finished).toHaveLength(1);

    // Pressed without the step done in Control Hub: the thread hears back once the role window is over.
    const pressedAt = fake.clock;
    expect(await engine.checkAgain(run.id)).toBe('checking');
    expect((await store.run(run.id))!.deadlineAt).toBe(pressedAt + ROLE_CHECK_WINDOW_MS);
    fake.clock += ROLE_CHECK_WINDOW_MS;
    await engine.drive(run.id);
    expect(listener.finished).toHaveLength(2);
    expect((await store.supervisors(run.id))[0]).toMatchObject({ state: 'needs_settings', profile: 'waiting' });
    expect(listener.alerts).toEqual([]);
  });

  it('after a restart in the middle, reads back what was applied rather than applying it again', async () => {
    const fake = new FakeContactCenter();
    for (const n of [1, 2]) fake.person(n);
    // Accepted for user 2, but it does not hold: only the read-back can tell.
    fake.answer = (item) => (item.id === 'cc-ci-2' ? { status: 200 } : undefined);
    const first = engineWith(fake);
    fake.afterBulk = () => void first.engine.stop();
    const run = await first.engine.startRun(REQUEST, [target(1, { agent: AGENT }), target(2, { agent: AGENT })]);
    await first.engine.drive(run.id);
    await first.engine.stop();
    expect((await first.store.run(run.id))!.state).toBe('running');
    expect(first.listener.finished).toEqual([]);

    fake.afterBulk = undefined;
    const second = engineWith(fake, { storage: first.storage });
    await second.engine.drive(run.id);
    expect(fake.count('bulk')).toBe(1);
    expect(second.listener.finished.map((f) => f.counts)).toEqual([
      { total: 2, synced: 1, pending: 0, needsSettings: 0, invalid: 1 },
    ]);
    expect(second.listener.alerts.map((a) => a.users.map((u) => u.email))).toEqual([['user2@acme.example.com']]);
  });

  it('costs a few Contact Center calls for 250 users: one listing per round, one profile list, 100 users per write', async () => {
    const fake = new FakeContactCenter();
    for (let n = 1; n <= 250; n += 1) fake.person(n);
    const { engine, store } = engineWith(fake);
    const run = await engine.startRun(
      REQUEST,
      Array.from({ length: 250 }, (_, i) => target(i + 1, { agent: AGENT })),
    );
    await engine.drive(run.id);

    expect((await store.counts(run.id)).synced).toBe(250);
    expect(fake.calls.filter((c) => c.kind === 'bulk').map((c) => (c.kind === 'bulk' ? c.items.length : 0))).toEqual([
      100, 100, 50,
    ]);
    expect(fake.count('profiles')).toBe(1);
    expect(fake.calls.length / 250).toBeLessThanOrEqual(0.05);
  });
});
