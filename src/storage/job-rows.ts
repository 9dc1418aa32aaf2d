import type { SyncTarget } from '../contact-center/sync-ports.js';
import type { AuditRow, JobCounts, JobRow, JobState, RecordRow, RecordState, UploadRow } from '../jobs/ports.js';
import type { UserResult } from '../provisioning/execute-user.js';
import type { PlannedUser } from '../provisioning/plan.js';
import { hydraKey } from '../webex/hydra-id.js';

/** The parts of a job kept as JSON in its row. */
export type JobDetails = Pick<
  JobRow,
  'kind' | 'role' | 'welcomeEmail' | 'catalogue' | 'seats' | 'notes' | 'mode' | 'filename' | 'headers'
>;

export function detailsOf(job: JobDetails): JobDetails {
  return {
    kind: job.kind,
    role: job.role,
    welcomeEmail: job.welcomeEmail,
    catalogue: job.catalogue,
    seats: job.seats,
    notes: job.notes,
    ...(job.mode ? { mode: job.mode } : {}),
    ...(job.filename ? { filename: job.filename } : {}),
    ...(job.headers ? { headers: job.headers } : {}),
  };
}

const opt = (v: unknown) => (v === null || v === undefined ? undefined : (v as string));

export function toJob(row: Record<string, unknown>): JobRow {
  const details = JSON.parse(row.details as string) as JobDetails;
  return {
    id: row.id as string,
    kind: details.kind,
    state: row.state as JobState,
    roomId: row.room_id as string,
    threadId: row.thread_id as string,
    previewMessageId: opt(row.preview_message_id),
    progressMessageId: opt(row.progress_message_id),
    progressEdits: row.progress_edits as number,
    requestedBy: row.requested_by as string,
    confirmedBy: opt(row.confirmed_by),
    createdAt: row.created_at as string,
    confirmedAt: opt(row.confirmed_at),
    finishedAt: opt(row.finished_at),
    role: details.role,
    welcomeEmail: details.welcomeEmail,
    catalogue: details.catalogue,
    seats: details.seats,
    notes: details.notes,
    ...(details.mode ? { mode: details.mode } : {}),
    ...(details.filename ? { filename: details.filename } : {}),
    ...(details.headers ? { headers: details.headers } : {}),
    cancelRequested: row.cancel_requested === 1,
  };
}

export function toRecord(row: Record<string, unknown>): RecordRow {
  const plan = JSON.parse(row.plan as string) as PlannedUser;
  return {
    ...plan,
    jobId: row.job_id as string,
    state: row.state as RecordState,
    attempts: row.attempts as number,
    outcome: (row.outcome as UserResult['outcome'] | null) ?? undefined,
    result: row.result ? (JSON.parse(row.result as string) as UserResult) : undefined,
  };
}

/** The parts of an audit entry kept as JSON in its row. */
export type AuditDetails = Pick<
  AuditRow,
  'before' | 'after' | 'beforeAccess' | 'afterAccess' | 'trackingId' | 'reason'
>;

export function auditDetails(record: RecordRow, result: UserResult): AuditDetails {
  return {
    before: result.before,
    after: result.after,
    beforeAccess: record.before,
    afterAccess: result.outcome === 'failed' ? record.before : record.after,
    trackingId: result.trackingId,
    reason: result.reason,
  };
}

export function toAudit(row: Record<string, unknown>): AuditRow {
  const d = JSON.parse(row.details as string) as Partial<AuditDetails>;
  return {
    at: row.at as string,
    jobId: row.job_id as string,
    email: row.email as string,
    personId: (row.person_id as string | null) ?? undefined,
    requestedBy: row.requested_by as string,
    confirmedBy: row.confirmed_by as string,
    outcome: row.outcome as string,
    before: d.before,
    after: d.after,
    beforeAccess: d.beforeAccess,
    afterAccess: d.afterAccess,
    trackingId: d.trackingId,
    reason: d.reason,
    ...(row.supervisor === 1 ? { supervisor: true } : {}),
  };
}

/** A done record as the synchronisation check takes it up (undefined: no Webex person to look for). */
export function syncTargetOf(r: RecordRow): SyncTarget | undefined {
  const personId = r.result?.personId ?? r.personId;
  const ciUserId = personId ? hydraKey(personId, 'PEOPLE') : undefined;
  if (!personId || !ciUserId) return undefined;
  return {
    personId,
    ciUserId,
    email: r.email,
    tier: r.after.tier,
    supervisor: r.supervisor,
    trackingIds: r.result?.trackingId ? [r.result.trackingId] : [],
    ...(r.agent ? { agent: r.agent } : {}),
  };
}

/** A job's counts from its records grouped by state and outcome. */
export function jobCounts(rows: { state: string; outcome: string | null; n: number }[]): JobCounts {
  const counts = { total: 0, done: 0, created: 0, updated: 0, unchanged: 0, failed: 0 };
  for (const r of rows) {
    counts.total += r.n;
    if (r.state === 'done' && r.outcome) {
      counts.done += r.n;
      counts[r.outcome as 'created' | 'updated' | 'unchanged' | 'failed'] += r.n;
    }
  }
  return counts;
}

export function toUpload(r: Record<string, string>): UploadRow {
  return {
    id: r.id!,
    roomId: r.room_id!,
    threadId: r.thread_id!,
    requestedBy: r.requested_by!,
    filename: r.filename!,
    path: r.path!,
    createdAt: r.created_at!,
  };
}
