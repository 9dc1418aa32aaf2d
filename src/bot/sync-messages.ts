import { AGENT_FIELDS, type AgentField, type AgentSettings } from '../contact-center/agent-settings.js';
import type { SyncCounts, SyncRun, SyncUserRow } from '../contact-center/sync-ports.js';
import { type MsgParam, md, msg } from '../i18n/msg.js';
import type { Translator } from '../i18n/translate.js';
import { tierLabel } from '../provisioning/license-model.js';

export function stateLabel(tr: Translator, state: SyncUserRow['state']): string {
  return tr.t(`sync.state.${state}`);
}

/**
 * One line per kind of synchronisation asked for, in order: when, how, why. Requests of the same kind
 * in a row share a line with their times ("1:10:06 PM and 1:10:11 PM UTC: synchronization again"), and
 * requests in the same second say how many there were, rather than reading as separate tries. The first
 * request of an on-demand `sync` is not "after the changes": nothing changed.
 */
export function triedLines(tr: Translator, run: SyncRun, when: 'full' | 'timeOfDay' = 'full'): string[] {
  const format = (at: number): string => (when === 'full' ? tr.time(at) : timeOfDay(tr, at));
  const groups: { trigger: SyncRun['triggers'][number]; times: number; shown: string[] }[] = [];
  for (const t of run.triggers) {
    const last = groups.at(-1);
    const shown = format(t.at);
    if (last && last.trigger.why === t.why && last.trigger.mode === t.mode) {
      last.times += 1;
      if (!last.shown.includes(shown)) last.shown.push(shown);
      if (t.trackingId) last.trigger = { ...last.trigger, trackingId: t.trackingId };
    } else groups.push({ trigger: t, times: 1, shown: [shown] });
  }
  return groups.map(({ trigger: t, times, shown }) => {
    const why = t.why === 'first' ? (run.origin === 'job' ? 'first' : 'asked') : t.why;
    // The count only where the times listed do not show it already.
    const params = { at: md(tr.list(shown)), why: msg(`sync.why.${why}`), times: times > shown.length ? times : 1 };
    if (t.mode === 'manual') return tr.t('sync.tried.manual', params);
    return t.trackingId
      ? tr.t('sync.tried.endpointTracking', { ...params, trackingId: t.trackingId })
      : tr.t('sync.tried.endpoint', params);
  });
}

/** A time of day in UTC, in the reader's locale ("2:04:09 PM UTC"): short enough for a phone's line. */
function timeOfDay(tr: Translator, at: number): string {
  return `${new Intl.DateTimeFormat(tr.lang, { timeStyle: 'medium', timeZone: 'UTC' }).format(new Date(at))} UTC`;
}

/**
 * The origin as parameters of a select: each text writes its whole phrase per origin, so Portuguese
 * contracts its prepositions ("da tarefa", "do sync") instead of composing "de" + "a tarefa".
 */
export function originParams(run: SyncRun): { origin: string; job: string; by: string } {
  return { origin: run.origin === 'job' && run.jobId ? 'job' : 'command', job: run.jobId ?? '', by: run.requestedBy };
}

/**
 * The counts as administrators read them: how many are ready, then only the other states that have
 * users ("3 ready, 1 needs settings and 1 invalid").
 */
export function syncTally(
  tr: Translator,
  c: Pick<SyncCounts, 'synced' | 'pending' | 'needsSettings' | 'invalid' | 'removed'>,
): string {
  // A user whose license was removed is done when the Contact Center lets go of them: not "ready".
  const removed = c.removed ?? 0;
  const parts = removed > 0 && removed === c.synced ? [] : [tr.t('sync.tally.ready', { count: c.synced - removed })];
  if (removed > 0) parts.push(tr.t('sync.tally.removed', { count: removed }));
  if (c.pending > 0) parts.push(tr.t('sync.tally.pending', { count: c.pending }));
  if (c.needsSettings > 0) parts.push(tr.t('sync.tally.needsSettings', { count: c.needsSettings }));
  if (c.invalid > 0) parts.push(tr.t('sync.tally.invalid', { count: c.invalid }));
  return tr.list(parts);
}

/** Up to 20 addresses, and how many more. */
export function emailList(tr: Translator, rows: Pick<SyncUserRow, 'email'>[]): MsgParam {
  const shown = rows
    .slice(0, 20)
    .map((u) => u.email)
    .join(', ');
  return rows.length > 20 ? md(tr.t('sync.andMore', { users: shown, count: rows.length - 20 })) : shown;
}

/** The settings a user misses, by name, in the order administrators read them ("site, team and desktop profile"). */
export function fieldList(tr: Translator, fields: readonly AgentField[]): string {
  return tr.list(AGENT_FIELDS.filter((f) => fields.includes(f)).map((f) => tr.t(`sync.field.${f}`)));
}

/** Settings with their values ("site São Paulo, team Vendas and desktop profile Padrão"), only the fields given. */
export function settingsText(tr: Translator, settings: AgentSettings, only?: readonly AgentField[]): string {
  const parts: string[] = [];
  for (const field of AGENT_FIELDS) {
    if (only && !only.includes(field)) continue;
    if (field === 'teams') {
      const teams = settings.teams;
      if (teams && teams.length > 0)
        parts.push(tr.t('sync.setting.teams', { count: teams.length, names: tr.list(teams.map((t) => t.name)) }));
      continue;
    }
    const value = settings[field];
    if (value) parts.push(tr.t(`sync.setting.${field}`, { name: value.name }));
  }
  return tr.list(parts);
}

/** The fields a setting gives a value for. */
export function fieldsGiven(settings: AgentSettings): AgentField[] {
  return AGENT_FIELDS.filter((f) => (f === 'teams' ? (settings.teams?.length ?? 0) > 0 : settings[f] !== undefined));
}

/**
 * Whether a user's reason only says that the missing settings were not given: the fields missing then
 * say it all, and the reason is not repeated after them.
 */
export function notGivenOnly(u: Pick<SyncUserRow, 'reason'>): boolean {
  return (u.reason.key as string) === 'verify.settingsNotGiven';
}

/** A user who needs only the Supervisor role given in Control Hub: no setting is missing, no settings to-do names them. */
export function waitsForRoleOnly(u: Pick<SyncUserRow, 'state' | 'profile' | 'missing'>): boolean {
  return u.state === 'needs_settings' && u.profile === 'waiting' && !u.missing?.length;
}

/**
 * How many of the users that need settings have a settings to-do (with "Apply the defaults"): the
 * others only wait for the Supervisor role, whose steps are a to-do of their own.
 */
export function settingsTodoCount(counts: Pick<SyncCounts, 'needsSettings'>, supervisors: SyncUserRow[]): number {
  return Math.max(0, counts.needsSettings - supervisors.filter(waitsForRoleOnly).length);
}

/** A user of a result, with the settings they miss when they need some. */
export function userLine(tr: Translator, u: SyncUserRow): string {
  const roleStep = waitsForRoleOnly(u);
  const state = md(roleStep ? tr.t('sync.state.supervisorStep') : stateLabel(tr, u.state));
  const params = { email: u.email, state, reason: md(tr.m(u.reason)) };
  if (u.state !== 'needs_settings' || !u.missing || u.missing.length === 0) return tr.t('sync.result.line', params);
  const fields = md(fieldList(tr, u.missing));
  return notGivenOnly(u)
    ? tr.t('sync.result.lineNotGiven', { email: u.email, state, fields })
    : tr.t('sync.result.lineMissing', { ...params, fields });
}

/**
 * What became of the Supervisor role (Premium Agent (Supervisor), given in Control Hub), as notes:
 * confirmed, still to do in Control Hub, or to come once the users are in the Contact Center.
 */
export function supervisorNotes(tr: Translator, users: SyncUserRow[]): string[] {
  const wanted = users.filter((u) => u.supervisor && u.tier === 'premium');
  if (wanted.length === 0) return [];
  const role = msg('role.supervisor');
  const set = wanted.filter((u) => u.profile === 'set');
  const failed = wanted.filter((u) => u.profile === 'failed');
  const waiting = wanted.filter((u) => u.profile === 'waiting');
  const later = wanted.filter((u) => !u.profile);
  const notes: string[] = [];
  if (set.length > 0) notes.push(tr.t('sync.supervisor.set', { role, users: emailList(tr, set), count: set.length }));
  if (waiting.length > 0)
    notes.push(tr.t('sync.supervisor.waiting', { role, users: emailList(tr, waiting), count: waiting.length }));
  for (const u of failed.slice(0, 20))
    notes.push(tr.t('sync.supervisor.failed', { role, email: u.email, reason: md(tr.m(u.profileReason)) }));
  if (later.length > 0)
    notes.push(tr.t('sync.supervisor.later', { role, users: emailList(tr, later), count: later.length }));
  return notes;
}

/** What an Invalid user's fault is, for advice that fits it. */
export type FaultKind = 'missing' | 'notKept' | 'stillEnabled' | 'other';

/**
 * Licensed and not in the Contact Center after the deadline (missing); there, but not as the settings
 * were written, e.g. not enabled for the Agent Desktop (notKept); unlicensed and still there
 * (stillEnabled); licensed and there but inactive or with a profile that does not fit (other).
 */
export function faultOf(u: Pick<SyncUserRow, 'tier' | 'ccUserId' | 'reason'>): FaultKind {
  if (u.tier === 'none') return 'stillEnabled';
  if (!u.ccUserId) return 'missing';
  return (u.reason.key as string) === 'verify.appliedDiffers' ? 'notKept' : 'other';
}

/**
 * The steps of an alert, fitting its users' faults and counted for them ("the user" or "each user");
 * with more than one kind of fault, each group of steps names its users.
 */
export function alertSteps(tr: Translator, users: SyncUserRow[], mode: 'endpoint' | 'manual'): string[] {
  const kinds: FaultKind[] = ['missing', 'notKept', 'other', 'stillEnabled'];
  const groups = kinds
    .map((kind) => ({ kind, users: users.filter((u) => faultOf(u) === kind) }))
    .filter((g) => g.users.length > 0);
  const lines: string[] = [];
  const manual = mode === 'manual';
  for (const group of groups) {
    const count = group.users.length;
    if (groups.length > 1) lines.push(tr.t('sync.advice.for', { users: emailList(tr, group.users), count }));
    const retry = tr.t(manual ? 'sync.advice.retryManual' : 'sync.advice.retry', { count });
    const support = tr.t('sync.advice.case', { count });
    let steps: string[];
    if (group.kind === 'missing') steps = [tr.t('sync.advice.license', { count }), retry, support];
    else if (group.kind === 'notKept') steps = [retry, tr.t('sync.advice.notKept', { count })];
    else if (group.kind === 'other') steps = [retry, support];
    else steps = [tr.t('sync.advice.stillEnabled', { count }), retry, support];
    lines.push(...steps.map((step, i) => `${i + 1}. ${step}`));
  }
  return lines;
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
    tr.t('sync.support.subject', { count: users.length }),
    '',
    tr.t('sync.support.org', { uuid: input.orgUuid, id: input.orgId }),
    tr.t('sync.support.detected', { at: { at: input.detectedAt }, ...originParams(run) }),
    '',
    tr.t('sync.support.users', { count: users.length }),
    ...users.map(userLine),
    '',
    tr.t('sync.support.tried'),
    ...triedLines(tr, run).map((l) => `- ${l}`),
    tr.t('sync.support.checked', { at: { at: run.finishedAt ?? input.detectedAt } }),
    '',
    tr.t('sync.support.ask', { count: users.length }),
  ].join('\n');
}
