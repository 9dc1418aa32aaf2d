import type { SyncTarget } from '../contact-center/sync-ports.js';
import type { ImportMode } from '../csv/import-plan.js';
import type { Msg } from '../i18n/msg.js';
import type { AccessSnapshot, UserResult } from '../provisioning/execute-user.js';
import type { OrgCatalogue, ProvisioningRole, UserAccess } from '../provisioning/license-model.js';
import type { PlannedUser, SeatForecast } from '../provisioning/plan.js';

/**
 * What a job is and what the runner needs kept about it to survive a restart. The job's life
 * (previewed -> queued -> running -> done, records in flight, resume) belongs to the runner, so its
 * port lives here; the provisioning domain (planner, executor) stays free of persistence.
 */

export type { ImportMode };

export type JobState = 'previewed' | 'queued' | 'running' | 'done' | 'cancelled' | 'expired';
export type RecordState = 'pending' | 'in_flight' | 'done';

export interface JobRow {
  id: string;
  kind: 'users' | 'import';
  state: JobState;
  roomId: string;
  threadId: string;
  previewMessageId: string | undefined;
  progressMessageId: string | undefined;
  progressEdits: number;
  requestedBy: string;
  confirmedBy: string | undefined;
  createdAt: string;
  confirmedAt: string | undefined;
  finishedAt: string | undefined;
  /** The card's role for the whole batch (imports: each row says its own). */
  role: ProvisioningRole | undefined;
  welcomeEmail: boolean;
  catalogue: OrgCatalogue;
  seats: SeatForecast[];
  notes: Msg[];
  /** Imports: the mode, the file's name and its header row (for the errors-only file). */
  mode?: ImportMode;
  filename?: string;
  headers?: string[];
  cancelRequested: boolean;
}

/** A job as its preview creates it; the store fills in its state and times. */
export type NewJob = Omit<
  JobRow,
  | 'state'
  | 'progressMessageId'
  | 'progressEdits'
  | 'confirmedBy'
  | 'confirmedAt'
  | 'finishedAt'
  | 'createdAt'
  | 'previewMessageId'
  | 'cancelRequested'
>;

export interface RecordRow extends PlannedUser {
  jobId: string;
  state: RecordState;
  attempts: number;
  outcome: UserResult['outcome'] | undefined;
  result: UserResult | undefined;
}

export interface AuditRow {
  at: string;
  jobId: string;
  email: string;
  personId: string | undefined;
  requestedBy: string;
  confirmedBy: string;
  outcome: string;
  before: AccessSnapshot | undefined;
  after: AccessSnapshot | undefined;
  beforeAccess: UserAccess | undefined;
  afterAccess: UserAccess | undefined;
  trackingId: string | undefined;
  reason: Msg | undefined;
  /** The change was meant for a Supervisor (card or file), who holds a Premium Agent license like an Agent. */
  supervisor?: boolean;
}

export interface JobCounts {
  total: number;
  done: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

/**
 * Jobs, their per-user records and the audit trail. Every state change is written before the work it
 * describes goes on, so a restart finds exactly where a job was. Each method is atomic on its own.
 */
export interface JobStore {
  createJob(job: NewJob, users: PlannedUser[]): Promise<JobRow>;
  /** More planned users for a job being planned chunk by chunk. */
  appendRecords(jobId: string, users: PlannedUser[]): Promise<void>;
  /** Changes parts of a job's details (the seat forecast once a large file is planned). */
  updateDetails(jobId: string, patch: Partial<Pick<JobRow, 'seats' | 'notes'>>): Promise<void>;
  job(id: string): Promise<JobRow | undefined>;
  jobsInState(state: JobState): Promise<JobRow[]>;
  /** The newest jobs first, expired previews left out. */
  recentJobs(limit?: number): Promise<JobRow[]>;
  setPreviewMessage(jobId: string, messageId: string): Promise<void>;
  /**
   * previewed -> running, once (false when the job was already confirmed, cancelled or expired). An
   * import waits in the queue while another import runs: one file at a time, as in Control Hub.
   */
  confirm(jobId: string, confirmedBy: string): Promise<false | 'running' | 'queued'>;
  /** Position of a queued import (1 = next; 0 when not queued). */
  queuePosition(jobId: string): Promise<number>;
  /** Starts the oldest queued import when no import runs; returns its id. */
  startNextQueued(): Promise<string | undefined>;
  /** Cancels a queued or previewed job at once; a running one stops between users. */
  requestCancel(jobId: string): Promise<'cancelled' | 'stopping' | false>;
  /** previewed -> cancelled (the preview's Cancel button); false when it was not previewed any more. */
  cancel(jobId: string): Promise<boolean>;
  /** previewed -> expired; false when it was not previewed any more. */
  expire(jobId: string): Promise<boolean>;
  /** A running job that stopped on request. */
  markCancelled(jobId: string): Promise<void>;
  /** running -> done. */
  finish(jobId: string): Promise<void>;
  setProgressMessage(jobId: string, messageId: string): Promise<void>;
  countProgressEdit(jobId: string): Promise<void>;

  /** The next records not done yet, in order, after `afterSeq`, up to `limit`. */
  pendingRecords(jobId: string, afterSeq: number, limit: number): Promise<RecordRow[]>;
  /** Records with a given outcome (or not reached: `null`), in order, up to `limit`. */
  recordsWithOutcome(jobId: string, outcome: string | null, limit: number): Promise<RecordRow[]>;
  /** Every record of a job in order, read a page at a time (result files of large imports). */
  iterateRecords(jobId: string, onlyUnsuccessful?: boolean): AsyncIterable<RecordRow>;
  /** Written before a write to Webex is sent: after a crash this record must be read back first. */
  markInFlight(jobId: string, seq: number): Promise<void>;
  /** The record's outcome and its audit entry, together. */
  completeRecord(job: JobRow, record: RecordRow, result: UserResult): Promise<void>;
  /** Outcome counts of a job. */
  counts(jobId: string): Promise<JobCounts>;
  /**
   * Whether another job changed this address after `job` was previewed, or has a write to it under
   * way: what the preview planned may be out of date, so the user is read before anything is sent.
   */
  changedElsewhere(job: JobRow, email: string): Promise<boolean>;

  /** The users a job created or changed, as the Contact Center must now hold them. */
  syncTargets(jobId: string): Promise<SyncTarget[]>;
  /** Whether the newest change the bot made for this address asked for a supervisor profile. */
  supervisorWanted(email: string): Promise<boolean>;
  /** The audit trail of one address, newest first. */
  history(email: string, limit?: number): Promise<AuditRow[]>;
  /** Jobs by state, and records by outcome (pending or in flight while not done), over the whole store. */
  tallies(): Promise<{ jobs: Record<string, number>; records: Record<string, number> }>;
}

/** A file posted for import, kept until its mode is chosen. */
export interface UploadRow {
  id: string;
  roomId: string;
  threadId: string;
  requestedBy: string;
  filename: string;
  path: string;
  createdAt: string;
}

export interface UploadStore {
  save(upload: UploadRow): Promise<void>;
  get(id: string): Promise<UploadRow | undefined>;
}

/** A message the bot posts: text (with a card) or text with a file from disk. */
export interface OutgoingMessage {
  roomId: string;
  parentId?: string;
  markdown: string;
  attachments?: { contentType: string; content: Record<string, unknown> }[];
  file?: { path: string; filename: string; contentType: string };
}

export type OutboxState = 'pending' | 'posted' | 'failed';

/** A message owed to a thread, as it is recorded before anything is sent. */
export interface NewOutboxEntry {
  /** What the message is (`job-1:summary`): a message is owed once, however often it is recorded. */
  key: string;
  /** The entries of a group (a job's thread) go out in the order they were recorded. */
  group: string;
  message: OutgoingMessage;
  /** A message posted before the outbox kept it (an older version's progress message): later versions edit it. */
  messageId?: string;
}

export interface OutboxEntry extends NewOutboxEntry {
  id: number;
  state: OutboxState;
  /** Each revision of the message counts one up; an edit only settles the version it sent. */
  version: number;
  attempts: number;
  /** Epoch milliseconds before which the entry is not tried again. */
  nextAttemptAt: number;
  /**
   * When a post began whose outcome is unknown (the bot stopped, or Webex gave no clear answer): the
   * message may be in the thread already, so it is looked for before it is posted again.
   */
  sendingSince: number | undefined;
  lastError: string | undefined;
}

/**
 * The messages the bot owes, kept until Webex took them: a restart finds what is still owed, and a
 * message posted is recorded with its id, so it is neither lost nor posted twice.
 */
export interface OutboxStore {
  /** Records entries not owed yet (by key), together; returns the keys that were new. */
  add(entries: NewOutboxEntry[]): Promise<string[]>;
  /**
   * A message kept up to date (a job's progress): the entry is created, or its text replaced. Replacing
   * text not sent yet costs nothing (`replaced`); a message already posted is edited again (`rearmed`).
   */
  revise(entry: NewOutboxEntry): Promise<'added' | 'replaced' | 'rearmed'>;
  entry(key: string): Promise<OutboxEntry | undefined>;
  /** Entries due at `now`, each the oldest unsettled one of its group, oldest first. */
  due(now: number, limit: number): Promise<OutboxEntry[]>;
  /** When the next entry falls due (undefined: nothing is owed). */
  nextDueAt(): Promise<number | undefined>;
  /** Written before a post is sent: from here on the message may be in the thread. */
  markSending(id: number, at: number): Promise<void>;
  /** Webex took `version` of the entry as message `messageId`; a newer version stays owed. */
  markPosted(id: number, version: number, messageId: string): Promise<void>;
  /** An attempt failed; tried again at `nextAttemptAt`. `uncertain`: it may have been applied anyway. */
  retryLater(id: number, nextAttemptAt: number, error: string, uncertain: boolean): Promise<void>;
  /** Webex refused `version` of the entry for good (its newer versions are still tried). */
  markFailed(id: number, version: number, error: string): Promise<void>;
  /** Entries by state, over the whole store. */
  tallies(): Promise<Record<string, number>>;
}
