import type { SyncCounts, SyncRun, SyncUserRow } from '../contact-center/sync-ports.js';
import { type MsgParam, md, msg } from '../i18n/msg.js';
import type { Translator } from '../i18n/translate.js';
import { tierLabel } from '../provisioning/license-model.js';

export function stateLabel(tr: Translator, state: SyncUserRow['state']): string {
  return tr.t(`sync.state.${state}`);
}

/** One line per synchronisation asked for: when, how, why. */
export function triedLines(tr: Translator, run: SyncRun): string[] {
  return run.triggers.map((t) => {
    const params = { at: { at: t.at }, why: msg(`sync.why.${t.why}`) };
    if (t.mode === 'manual') return tr.t('sync.tried.manual', params);
    return t.trackingId
      ? tr.t('sync.tried.endpointTracking', { ...params, trackingId: t.trackingId })
      : tr.t('sync.tried.endpoint', params);
  });
}

/** Where a run came from, in words. */
export function originOf(tr: Translator, run: SyncRun): string {
  return run.origin === 'job' && run.jobId
    ? tr.t('sync.origin.job', { job: run.jobId })
    : tr.t('sync.origin.command', { run: run.id });
}

/** The counts as administrators read them. */
export function syncTally(tr: Translator, c: Pick<SyncCounts, 'synced' | 'pending' | 'invalid'>): string {
  return tr.t('sync.tally', { synced: c.synced, pending: c.pending, invalid: c.invalid });
}

/** Up to 20 addresses, and how many more. */
function emailList(tr: Translator, rows: SyncUserRow[]): MsgParam {
  const shown = rows
    .slice(0, 20)
    .map((u) => u.email)
    .join(', ');
  return rows.length > 20 ? md(tr.t('sync.andMore', { users: shown, count: rows.length - 20 })) : shown;
}

/** What the supervisor step did, as notes (nothing when nobody wanted the profile). */
export function supervisorNotes(tr: Translator, users: SyncUserRow[]): string[] {
  const wanted = users.filter((u) => u.supervisor && u.tier === 'premium');
  if (wanted.length === 0) return [];
  const set = wanted.filter((u) => u.profile === 'set');
  const failed = wanted.filter((u) => u.profile === 'failed');
  const waiting = wanted.filter((u) => !u.profile);
  const notes: string[] = [];
  if (set.length > 0) notes.push(tr.t('sync.supervisor.set', { users: emailList(tr, set) }));
  for (const u of failed.slice(0, 20))
    notes.push(tr.t('sync.supervisor.failed', { email: u.email, reason: md(tr.m(u.profileReason)) }));
  if (waiting.length > 0)
    notes.push(tr.t('sync.supervisor.waiting', { users: emailList(tr, waiting), count: waiting.length }));
  return notes;
}

/**
 * The text an administrator pastes into a Webex support request: the organisation, each user with its
 * ids and trackingIds, and what was tried and when.
 */
export function supportRequestText(
  tr: Translator,
  input: { orgId: string; orgUuid: string; run: SyncRun; users: SyncUserRow[]; detectedAt: number },
): string {
  const { run, users } = input;
  const userLine = (u: SyncUserRow): string => {
    const params = {
      email: u.email,
      ci: u.ciUserId,
      cc: u.ccUserId ?? tr.t('sync.alert.noCcUser'),
      license: u.tier === 'none' ? tr.t('sync.support.noLicense') : tierLabel(u.tier),
      state: md(stateLabel(tr, u.state)),
      reason: md(tr.m(u.reason)),
    };
    return u.trackingIds.length > 0
      ? tr.t('sync.support.userTracking', { ...params, ids: u.trackingIds.join(', ') })
      : tr.t('sync.support.user', params);
  };
  return [
    tr.t('sync.support.subject'),
    '',
    tr.t('sync.support.org', { uuid: input.orgUuid, id: input.orgId }),
    tr.t('sync.support.detected', { at: { at: input.detectedAt }, origin: originOf(tr, run), by: run.requestedBy }),
    '',
    tr.t('sync.support.users', { count: users.length }),
    ...users.map(userLine),
    '',
    tr.t('sync.support.tried'),
    ...triedLines(tr, run).map((l) => `- ${l}`),
    tr.t('sync.support.checked', { at: { at: run.finishedAt ?? input.detectedAt } }),
    '',
    tr.t('sync.support.ask'),
  ].join('\n');
}
