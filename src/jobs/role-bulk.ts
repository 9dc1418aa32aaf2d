import type { Logger } from 'pino';
import { msg } from '../i18n/msg.js';
import {
  type AccessSnapshot,
  fullAdminChange,
  fullAdminScimValue,
  type PeopleApi,
  type UserResult,
} from '../provisioning/execute-user.js';
import { accessOf } from '../provisioning/license-model.js';
import type { Person } from '../webex/types.js';
import { MAX_SCIM_BULK_OPERATIONS } from '../webex/webex-client.js';
import type { JobRow, JobStore, RecordRow } from './ports.js';

/** What the Bulk phase did for one user: the roles held now, and what the user held before. */
export interface RolesApplied {
  before: AccessSnapshot;
  held: AccessSnapshot;
  trackingId?: string;
}

/**
 * The role phase of a job: before the per-user work, the Full Administrator changes of the job's
 * existing users go to Webex in SCIM Bulk requests of up to 100 operations, instead of one SCIM PATCH
 * per user. Why this is crash-safe:
 * - every user of a request is marked in flight (stored) before the request is sent, so after a crash,
 *   a refused credential or an unanswered request those users are read back by the per-user work, which
 *   then sends only what is still missing: nothing is lost;
 * - SCIM add and remove of a role change nothing when repeated, so a read-back user whose role went
 *   through is not changed twice: nothing is duplicated;
 * - an operation Webex refused fails that user alone, stored at once with Webex's message and trackingId;
 * - an operation that went through is handed to the per-user work (the returned map, by record seq),
 *   which applies the license change if any and stores the outcome and audit row as for any user.
 * Users another job changed since planning, users whose state is uncertain, and a job with a single role
 * change keep the per-user path (read first, one SCIM PATCH).
 */
export async function applyRolesInBulk(options: {
  api: PeopleApi;
  store: JobStore;
  job: JobRow;
  /** The Full-Administrator rule: a refusal for this user, or undefined when the confirmer may. */
  refusal: (record: RecordRow) => Promise<UserResult | undefined>;
  shouldStop: () => Promise<boolean>;
  log: Logger;
}): Promise<Map<number, RolesApplied>> {
  const { api, store, job, log } = options;
  const applied = new Map<number, RolesApplied>();
  if (!job.catalogue.fullAdminRoleId) return applied;
  const eligible: RecordRow[] = [];
  for (let lastSeq = 0; ; ) {
    const rows = await store.pendingRecords(job.id, lastSeq, 200);
    if (rows.length === 0) break;
    lastSeq = rows[rows.length - 1]!.seq;
    for (const record of rows) {
      if (record.state !== 'pending' || record.action !== 'update' || !record.personId || !record.held) continue;
      const holds = accessOf(record.held as Pick<Person, 'licenses' | 'roles'>, job.catalogue).fullAdmin;
      if (holds === record.after.fullAdmin) continue;
      if (await options.refusal(record)) continue;
      if (await store.changedElsewhere(job, record.email)) continue;
      eligible.push(record);
    }
  }
  // One user gains nothing from Bulk: the per-user path sends one SCIM PATCH.
  if (eligible.length < 2) return applied;
  const fullAdminId = job.catalogue.fullAdminRoleId;
  for (let start = 0; start < eligible.length; start += MAX_SCIM_BULK_OPERATIONS) {
    if (await options.shouldStop()) break;
    const chunk = eligible.slice(start, start + MAX_SCIM_BULK_OPERATIONS);
    for (const record of chunk) await store.markInFlight(job.id, record.seq);
    let answer: Awaited<ReturnType<PeopleApi['patchPeopleRolesInBulk']>>;
    try {
      answer = await api.patchPeopleRolesInBulk(
        chunk.map((r) => ({ personId: r.personId!, change: fullAdminChange(job.catalogue, r.after.fullAdmin) })),
      );
    } catch (error) {
      // Whatever happened, these users are in flight: the per-user work reads them back.
      log.warn(
        { err: error, users: chunk.length },
        'SCIM Bulk role request failed; the users are read back one by one',
      );
      continue;
    }
    for (const [i, record] of chunk.entries()) {
      const result = answer.results[i];
      const status = Number(result?.status ?? 0);
      const held = record.held!;
      if (status >= 200 && status < 300) {
        const roles = held.roles.filter((r) => r !== fullAdminId);
        if (record.after.fullAdmin) roles.push(fullAdminId);
        applied.set(record.seq, {
          before: held,
          held: { licenses: [...held.licenses], roles },
          ...(answer.trackingId ? { trackingId: answer.trackingId } : {}),
        });
      } else if (status >= 400 && status < 500 && status !== 429) {
        await store.completeRecord(job, record, refused(status, result?.response, answer.trackingId, held));
      }
      // No answer, throttled or a server error: left in flight for the per-user work to read back.
    }
  }
  log.info(
    { users: eligible.length, applied: applied.size, role: fullAdminScimValue(job.catalogue) },
    'Full Administrator changes sent in SCIM Bulk',
  );
  return applied;
}

function refused(
  status: number,
  response: { detail?: string; message?: string; trackingId?: string } | undefined,
  bulkTrackingId: string | undefined,
  held: AccessSnapshot,
): UserResult {
  const trackingId = response?.trackingId ?? bulkTrackingId;
  const base = { outcome: 'failed' as const, before: held, after: held, ...(trackingId ? { trackingId } : {}) };
  if (status === 403) return { ...base, reason: msg('exec.forbidden'), advice: msg('exec.forbidden.advice') };
  const message = response?.detail ?? response?.message ?? `HTTP ${status}`;
  return { ...base, reason: msg('exec.refused', { message }), advice: msg('exec.refused.advice') };
}
