import { describe, expect, it } from 'vitest';
import type { SyncTarget } from '../../src/contact-center/sync-ports.js';
import { msg } from '../../src/i18n/msg.js';
import { manualClock, type StorageFactory } from './job-store-contract.js';

function target(n: number, overrides: Partial<SyncTarget> = {}): SyncTarget {
  return {
    personId: `person-${n}`,
    ciUserId: `ci-${n}`,
    email: `user${n}@acme.example.com`,
    tier: 'standard',
    supervisor: false,
    trackingIds: [`T-write-${n}`],
    ...overrides,
  };
}

const RUN = {
  origin: 'job' as const,
  jobId: 'job-1',
  roomId: 'room-1',
  threadId: 'thread-1',
  requestedBy: 'alice@acme.example.com',
  deadlineAt: Date.parse('2026-11-24T10:10:00Z'),
};

/** What any `SyncStore` must do, whatever database holds it. */
export function syncStoreContract(name: string, open: StorageFactory): void {
  describe(`${name}: the sync store`, () => {
    it('creates a run once, with its users pending, and ends and reopens it', async () => {
      const clock = manualClock();
      const storage = await open({ now: clock.now });
      const { sync } = storage;
      const first = await sync.createRun({ id: 'sync-job-1', ...RUN }, [target(1), target(2, { supervisor: true })]);
      expect(first.created).toBe(true);
      expect(first.run).toMatchObject({
        id: 'sync-job-1',
        state: 'running',
        createdAt: clock.now().getTime(),
        triggers: [],
        resyncs: 0,
        reportAtEnd: false,
        retryOfAlert: undefined,
        supervisorStepAskedAt: undefined,
      });
      // The same job asked again (after a restart) finds its run as it was.
      const again = await sync.createRun({ id: 'sync-job-1', ...RUN }, [target(3)]);
      expect(again.created).toBe(false);
      expect(await sync.counts('sync-job-1')).toEqual({
        total: 2,
        synced: 0,
        pending: 2,
        needsSettings: 0,
        invalid: 0,
      });
      expect((await sync.unsettled('sync-job-1')).map((u) => u.seq)).toEqual([1, 2]);

      await sync.addTrigger('sync-job-1', { at: 1, mode: 'endpoint', why: 'first', trackingId: 'T-sync' }, false);
      await sync.addTrigger('sync-job-1', { at: 2, mode: 'endpoint', why: 'resync' }, true);
      await sync.setDeadline('sync-job-1', 99);
      expect(await sync.run('sync-job-1')).toMatchObject({
        triggers: [
          { at: 1, mode: 'endpoint', why: 'first', trackingId: 'T-sync' },
          { at: 2, mode: 'endpoint', why: 'resync' },
        ],
        resyncs: 1,
        deadlineAt: 99,
      });
      expect((await sync.runsInState('running')).map((r) => r.id)).toEqual(['sync-job-1']);

      expect(await sync.reportAtEnd('sync-job-1')).toBe(true);
      clock.tick();
      const ended = (await sync.finishRun('sync-job-1'))!;
      expect(ended).toMatchObject({ state: 'done', reportAtEnd: true, finishedAt: clock.now().getTime() });
      // Ended meanwhile: its result goes into the summary itself.
      expect(await sync.reportAtEnd('sync-job-1')).toBe(false);

      await sync.reopenRun('sync-job-1', 500, 'alert-1');
      expect(await sync.run('sync-job-1')).toMatchObject({
        state: 'running',
        finishedAt: undefined,
        deadlineAt: 500,
        resyncs: 0,
        reportAtEnd: false,
        retryOfAlert: 'alert-1',
      });
      expect(await sync.run('unknown')).toBeUndefined();
      await storage.close();
    });

    it('records verdicts, keeps the first and the latest trackingIds, and sets supervisor profiles', async () => {
      const storage = await open({ now: manualClock().now });
      const { sync } = storage;
      await sync.createRun({ id: 'run-v', ...RUN }, [target(1, { supervisor: true }), target(2), target(3)]);
      for (let i = 1; i <= 7; i += 1)
        await sync.recordVerdict('run-v', 1, {
          state: 'pending',
          reason: msg('verify.notChecked'),
          ccUserId: i === 1 ? 'cc-1' : undefined,
          trackingId: `T-check-${i}`,
        });
      await sync.recordVerdict('run-v', 1, {
        state: 'synced',
        reason: msg('verify.notChecked'),
        ccUserId: undefined,
        trackingId: undefined,
      });
      await sync.recordVerdict('run-v', 2, {
        state: 'invalid',
        reason: msg('verify.apiFailed'),
        ccUserId: 'cc-2',
        trackingId: undefined,
      });
      const [one] = await sync.supervisors('run-v');
      expect(one).toMatchObject({ seq: 1, state: 'synced', ccUserId: 'cc-1', checks: 8, profile: undefined });
      expect(one!.trackingIds).toEqual(['T-write-1', 'T-check-1', 'T-check-4', 'T-check-5', 'T-check-6', 'T-check-7']);
      await sync.setProfile('run-v', 1, 'failed', msg('profile.gone'));
      expect((await sync.supervisors('run-v'))[0]).toMatchObject({
        profile: 'failed',
        profileReason: msg('profile.gone'),
      });
      await sync.setProfile('run-v', 1, 'set');
      expect((await sync.supervisors('run-v'))[0]).toMatchObject({ profile: 'set', profileReason: undefined });

      expect(await sync.counts('run-v')).toEqual({ total: 3, synced: 1, pending: 1, needsSettings: 0, invalid: 1 });
      expect((await sync.unsettled('run-v')).map((u) => [u.seq, u.state])).toEqual([
        [2, 'invalid'],
        [3, 'pending'],
      ]);
      expect((await sync.notSynced('run-v', 1)).map((u) => u.seq)).toEqual([2]);
      expect((await sync.usersInState('run-v', 'invalid')).map((u) => u.email)).toEqual(['user2@acme.example.com']);
      expect((await sync.tallies()).users).toEqual({ synced: 1, invalid: 1, pending: 1 });
      await storage.close();
    });

    it('keeps agent settings per user, what became of them, and what the administrators were asked', async () => {
      const clock = manualClock();
      const storage = await open({ now: clock.now });
      const { sync } = storage;
      const agent = {
        site: { id: 'site-sp', name: 'São Paulo' },
        teams: [{ id: 'team-vendas', name: 'Vendas' }],
        desktopProfile: { id: 'desk-padrao', name: 'Padrão' },
      };
      await sync.createRun({ id: 'run-s', ...RUN }, [
        target(1, { agent }),
        target(2),
        target(3, { tier: 'premium', supervisor: true, agent }),
      ]);
      expect(await sync.unsettled('run-s')).toEqual([
        {
          seq: 1,
          ciUserId: 'ci-1',
          email: 'user1@acme.example.com',
          tier: 'standard',
          state: 'pending',
          supervisor: false,
          reason: msg('verify.notChecked'),
          profile: undefined,
          settings: undefined,
          agent,
        },
        expect.objectContaining({ seq: 2, supervisor: false, settings: undefined }),
        expect.objectContaining({ seq: 3, tier: 'premium', supervisor: true, agent }),
      ]);
      expect((await sync.unsettled('run-s'))[1]).not.toHaveProperty('agent');

      // Written and accepted: stamped, and kept through later verdicts that do not speak of it.
      clock.tick(1000);
      await sync.recordVerdict('run-s', 1, {
        state: 'pending',
        reason: msg('verify.applied'),
        settings: 'applied',
        ccUserId: 'cc-1',
        trackingId: undefined,
      });
      const appliedAt = clock.now().getTime();
      clock.tick(1000);
      await sync.recordVerdict('run-s', 1, {
        state: 'invalid',
        reason: msg('verify.appliedDiffers', { fields: { list: [msg('verify.field.site')] } }),
        ccUserId: 'cc-1',
        trackingId: undefined,
      });
      const [one] = await sync.usersInState('run-s', 'invalid');
      expect(one).toMatchObject({ seq: 1, agent, settings: 'applied', appliedAt, settingsAsked: false });
      expect(one!.missing).toBeUndefined();

      // Nothing given: needs settings, with what is missing; asked once.
      await sync.recordVerdict('run-s', 2, {
        state: 'needs_settings',
        reason: msg('verify.settingsNotGiven', { fields: { list: [msg('verify.field.site')] } }),
        missing: ['site', 'teams', 'desktopProfile'],
        ccUserId: 'cc-2',
        trackingId: undefined,
      });
      await sync.recordVerdict('run-s', 3, {
        state: 'needs_settings',
        reason: msg('verify.supervisorWaiting'),
        profile: 'waiting',
        ccUserId: 'cc-3',
        trackingId: undefined,
      });
      expect(await sync.counts('run-s')).toEqual({ total: 3, synced: 0, pending: 0, needsSettings: 2, invalid: 1 });
      const needing = await sync.usersInState('run-s', 'needs_settings');
      expect(needing.map((u) => [u.seq, u.missing, u.profile, u.settingsAsked])).toEqual([
        [2, ['site', 'teams', 'desktopProfile'], undefined, false],
        [3, undefined, 'waiting', false],
      ]);
      await sync.markSettingsAsked('run-s', [2]);
      expect((await sync.usersInState('run-s', 'needs_settings'))[0]).toMatchObject({ seq: 2, settingsAsked: true });

      // New settings given: replaced, and what became of the earlier ones is forgotten.
      await sync.recordVerdict('run-s', 2, {
        state: 'needs_settings',
        reason: msg('verify.settingsRefused', { status: 400, message: 'teamIds: capacity-based team' }),
        missing: ['teams'],
        settings: 'refused',
        ccUserId: 'cc-2',
        trackingId: undefined,
      });
      expect((await sync.usersInState('run-s', 'needs_settings'))[0]).toMatchObject({
        settings: 'refused',
        missing: ['teams'],
        appliedAt: undefined,
      });
      await sync.replaceAgentSettings('run-s', [{ seq: 2, agent }]);
      const [two] = (await sync.unsettled('run-s')).filter((u) => u.seq === 2);
      expect(two).toMatchObject({ agent, settings: undefined, state: 'needs_settings' });
      expect(two!.missing).toBeUndefined();
      expect((await sync.usersInState('run-s', 'needs_settings'))[0]).toMatchObject({ seq: 2, settingsAsked: false });

      // The Control Hub step for supervisors: once per run.
      expect(await sync.markSupervisorStepAsked('run-s')).toBe(true);
      expect(await sync.markSupervisorStepAsked('run-s')).toBe(false);
      expect((await sync.run('run-s'))!.supervisorStepAskedAt).toBe(clock.now().getTime());

      // "Retry sync" forgets the settings accepted for users still not synced; "check again" does not.
      await sync.finishRun('run-s');
      await sync.reopenRun('run-s', 1, undefined);
      expect((await sync.usersInState('run-s', 'invalid'))[0]).toMatchObject({ settings: 'applied', appliedAt });
      await sync.finishRun('run-s');
      await sync.reopenRun('run-s', 1, 'alert-x');
      expect((await sync.usersInState('run-s', 'invalid'))[0]).toMatchObject({
        settings: undefined,
        appliedAt: undefined,
        agent,
      });
      expect((await sync.tallies()).users).toEqual({ invalid: 1, needs_settings: 2 });
      await storage.close();
    });

    it('raises an alert once, tells who is in it, and closes it once', async () => {
      const clock = manualClock();
      const storage = await open({ now: clock.now });
      const { sync } = storage;
      const { run } = await sync.createRun({ id: 'run-a', ...RUN }, [target(1), target(2)]);
      const users = await sync.notSynced('run-a', 10);
      expect(await sync.inOpenAlert('person-1')).toBe(false);
      const alert = await sync.createAlert('alert-1', run, users.slice(0, 1), 12345);
      expect(alert).toMatchObject({
        id: 'alert-1',
        runId: 'run-a',
        roomId: 'room-1',
        state: 'open',
        messageId: undefined,
        nextCheckAt: 12345,
        createdAt: clock.now().getTime(),
      });
      expect(await sync.inOpenAlert('person-1')).toBe(true);
      expect(await sync.inOpenAlert('person-2')).toBe(false);
      expect((await sync.alertUsers('alert-1')).map((u) => [u.seq, u.alertId])).toEqual([[1, 'alert-1']]);

      await sync.setAlertMessage('alert-1', 'msg-alert');
      await sync.setAlertNextCheck('alert-1', 777);
      expect(await sync.alert('alert-1')).toMatchObject({ messageId: 'msg-alert', nextCheckAt: 777 });
      expect((await sync.alertsInState('open')).map((a) => a.id)).toEqual(['alert-1']);

      expect(await sync.closeAlert('alert-1', 'dismissed', 'bob@acme.example.com')).toBe(true);
      expect(await sync.closeAlert('alert-1', 'resolved', 'check')).toBe(false);
      expect(await sync.alert('alert-1')).toMatchObject({ state: 'dismissed', closedBy: 'bob@acme.example.com' });
      expect(await sync.inOpenAlert('person-1')).toBe(false);
      expect((await sync.tallies()).alerts).toEqual({ dismissed: 1 });

      await sync.setProgressMessage('run-a', 'msg-progress', 'Checking 2 users');
      await sync.countProgressEdit('run-a');
      expect(await sync.run('run-a')).toMatchObject({
        progressMessageId: 'msg-progress',
        progressText: 'Checking 2 users',
        progressEdits: 1,
      });
      await storage.close();
    });

    it('lets one owner at a time drive a run, until its claim lapses or is given up', async () => {
      const storage = await open({ now: manualClock().now });
      const { sync } = storage;
      await sync.createRun({ id: 'run-c', ...RUN }, [target(1)]);
      // Two replicas asking at once: one gets it.
      const asked = await Promise.all([
        sync.claimRun('run-c', 'replica-a', 1_000, 0),
        sync.claimRun('run-c', 'replica-b', 1_000, 0),
      ]);
      expect(asked.filter(Boolean)).toHaveLength(1);
      const [holder, other] = asked[0] ? ['replica-a', 'replica-b'] : ['replica-b', 'replica-a'];
      // The holder extends its claim; the other waits until it lapses.
      expect(await sync.claimRun('run-c', holder, 2_000, 900)).toBe(true);
      expect(await sync.claimRun('run-c', other, 2_500, 1_500)).toBe(false);
      expect(await sync.claimRun('run-c', other, 3_000, 2_000)).toBe(true);
      // Only the holder gives it up; then anyone may take it at once.
      await sync.releaseRun('run-c', holder);
      expect(await sync.claimRun('run-c', holder, 3_500, 2_100)).toBe(false);
      await sync.releaseRun('run-c', other);
      expect(await sync.claimRun('run-c', holder, 3_500, 2_100)).toBe(true);
      expect(await sync.claimRun('no-such-run', holder, 3_500, 2_100)).toBe(false);
      await storage.close();
    });
  });
}
