import type { AgentField, AgentSettings } from '../contact-center/agent-settings.js';
import type {
  SyncAlert,
  SyncAlertState,
  SyncCheckItem,
  SyncOrigin,
  SyncRun,
  SyncRunState,
  SyncSettingsOutcome,
  SyncTarget,
  SyncTriggerRecord,
  SyncUserRow,
  SyncUserState,
} from '../contact-center/sync-ports.js';
import type { Msg } from '../i18n/msg.js';

const opt = <T>(v: unknown): T | undefined => (v === null || v === undefined ? undefined : (v as T));

export function toRun(row: Record<string, unknown>): SyncRun {
  return {
    id: row.id as string,
    origin: row.origin as SyncOrigin,
    jobId: opt(row.job_id),
    roomId: row.room_id as string,
    threadId: row.thread_id as string,
    requestedBy: row.requested_by as string,
    state: row.state as SyncRunState,
    createdAt: row.created_at as number,
    deadlineAt: row.deadline_at as number,
    finishedAt: opt(row.finished_at),
    resyncs: row.resyncs as number,
    triggers: JSON.parse(row.triggers as string) as SyncTriggerRecord[],
    reportAtEnd: row.report_at_end === 1,
    retryOfAlert: opt(row.retry_of_alert),
    progressMessageId: opt(row.progress_message_id),
    progressEdits: row.progress_edits as number,
    progressText: opt(row.progress_text),
    supervisorStepAskedAt: opt(row.supervisor_step_at),
  };
}

export function toUser(row: Record<string, unknown>): SyncUserRow {
  return {
    runId: row.run_id as string,
    seq: row.seq as number,
    personId: row.person_id as string,
    ciUserId: row.ci_user_id as string,
    email: row.email as string,
    tier: row.tier as SyncTarget['tier'],
    supervisor: row.supervisor === 1,
    trackingIds: JSON.parse(row.tracking_ids as string) as string[],
    state: row.state as SyncUserState,
    reason: JSON.parse(row.reason as string) as Msg,
    ccUserId: opt(row.cc_user_id),
    checks: row.checks as number,
    lastCheckedAt: opt(row.last_checked_at),
    profile: opt(row.profile),
    profileReason: row.profile_reason ? (JSON.parse(row.profile_reason as string) as Msg) : undefined,
    alertId: opt(row.alert_id),
    ...(row.agent ? { agent: JSON.parse(row.agent as string) as AgentSettings } : {}),
    ...(row.missing ? { missing: JSON.parse(row.missing as string) as AgentField[] } : {}),
    settings: opt<SyncSettingsOutcome>(row.settings_state),
    appliedAt: opt(row.applied_at),
    settingsAsked: row.settings_asked_at !== null && row.settings_asked_at !== undefined,
  };
}

/** What checking a user needs, from a row of `sync_users` (any columns beyond these are ignored). */
export function toCheckItem(row: Record<string, unknown>): SyncCheckItem {
  return {
    seq: row.seq as number,
    ciUserId: row.ci_user_id as string,
    email: row.email as string,
    tier: row.tier as SyncTarget['tier'],
    state: row.state as SyncUserState,
    supervisor: row.supervisor === 1,
    reason: JSON.parse(row.reason as string) as Msg,
    profile: opt(row.profile),
    settings: opt<SyncSettingsOutcome>(row.settings_state),
    ...(row.agent ? { agent: JSON.parse(row.agent as string) as AgentSettings } : {}),
    ...(row.missing ? { missing: JSON.parse(row.missing as string) as AgentField[] } : {}),
  };
}

export function toAlert(row: Record<string, unknown>): SyncAlert {
  return {
    id: row.id as string,
    runId: row.run_id as string,
    roomId: row.room_id as string,
    messageId: opt(row.message_id),
    state: row.state as SyncAlertState,
    createdAt: row.created_at as number,
    closedAt: opt(row.closed_at),
    closedBy: opt(row.closed_by),
    nextCheckAt: row.next_check_at as number,
  };
}
