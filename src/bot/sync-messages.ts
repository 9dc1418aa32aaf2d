import type { SyncCounts, SyncRun, SyncTriggerRecord, SyncUserRow } from '../jobs/sync-store.js';

/** Times in messages: UTC, to the second, the form a support engineer can match against logs. */
export function timeOf(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

const STATE_LABELS: Record<SyncUserRow['state'], string> = { synced: 'Synced', pending: 'Pending', invalid: 'Invalid' };

export function stateLabel(state: SyncUserRow['state']): string {
  return STATE_LABELS[state];
}

const WHY: Record<SyncTriggerRecord['why'], string> = {
  first: 'synchronisation after the change',
  resync: 're-synchronisation because users stayed Invalid',
  retry: 'synchronisation asked from the alert (Retry sync)',
};

/** One line per synchronisation asked for: when, how, why. */
export function triedLines(run: SyncRun): string[] {
  return run.triggers.map(
    (t) =>
      `${timeOf(t.at)}: ${WHY[t.why]}, ${t.mode === 'endpoint' ? '"Synchronize Users" requested by the bot' : 'the admins were asked to press "Synchronize Users" in Control Hub'}${t.trackingId ? ` (trackingId ${t.trackingId})` : ''}`,
  );
}

/** Where a run came from, in words. */
export function originOf(run: SyncRun): string {
  return run.origin === 'job' && run.jobId ? `job ${run.jobId}` : `the sync request ${run.id}`;
}

/** The counts as administrators read them. */
export function syncTally(c: Pick<SyncCounts, 'synced' | 'pending' | 'invalid'>): string {
  return `${c.synced} synced, ${c.pending} pending, ${c.invalid} invalid`;
}

/** What the supervisor step did, as notes (nothing when nobody wanted the profile). */
export function supervisorNotes(users: SyncUserRow[]): string[] {
  const wanted = users.filter((u) => u.supervisor && u.tier === 'premium');
  if (wanted.length === 0) return [];
  const list = (rows: SyncUserRow[]) => (rows.length > 20 ? `${rows.slice(0, 20).map((u) => u.email).join(', ')} and ${rows.length - 20} more` : rows.map((u) => u.email).join(', '));
  const set = wanted.filter((u) => u.profile === 'set');
  const failed = wanted.filter((u) => u.profile?.startsWith('failed'));
  const waiting = wanted.filter((u) => !u.profile);
  const notes: string[] = [];
  if (set.length > 0) notes.push(`Supervisor profile set in the Contact Center and read back for ${list(set)}.`);
  for (const u of failed.slice(0, 20)) notes.push(`Supervisor profile NOT set for ${u.email}: ${u.profile!.replace(/^failed: /, '')}. Set it in the Contact Center management portal (Users > ${u.email} > User Profile), or run \`sync ${u.email}\` to try again.`);
  if (waiting.length > 0) notes.push(`Supervisor profile requested for ${list(waiting)}: it is set once ${waiting.length === 1 ? 'this user is' : 'these users are'} synchronised.`);
  return notes;
}

/**
 * The text an administrator pastes into a Webex support request: the organisation, each user with its
 * ids and trackingIds, and what was tried and when.
 */
export function supportRequestText(input: { orgId: string; orgUuid: string; run: SyncRun; users: SyncUserRow[]; detectedAt: number }): string {
  const { run, users } = input;
  return [
    'Subject: Webex Contact Center users stay Invalid after "Synchronize Users"',
    '',
    `Organization ID: ${input.orgUuid} (API id ${input.orgId})`,
    `Detected: ${timeOf(input.detectedAt)} by our provisioning bot, after ${originOf(run)} (asked by ${run.requestedBy}).`,
    '',
    `Users (${users.length}):`,
    ...users.map(
      (u) =>
        `- ${u.email}: CI user id ${u.ciUserId}; Contact Center user id ${u.ccUserId ?? 'none (not in the Contact Center)'}; expected license ${u.tier === 'none' ? 'none' : u.tier === 'standard' ? 'Standard Agent' : 'Premium Agent'}; sync status ${stateLabel(u.state)}: ${u.reason}${u.trackingIds.length > 0 ? ` trackingIds: ${u.trackingIds.join(', ')}` : ''}`,
    ),
    '',
    'What was tried:',
    ...triedLines(run).map((l) => `- ${l}`),
    `- The users were checked through the Contact Center users API (by CI user id) with backoff until ${timeOf(run.finishedAt ?? input.detectedAt)}.`,
    '',
    'Please find out why the Contact Center does not pick these users up, and fix their sync status.',
  ].join('\n');
}
