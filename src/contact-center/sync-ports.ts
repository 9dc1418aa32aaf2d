import type { Msg } from '../i18n/msg.js';
import type { AgentField, AgentSettings } from './agent-settings.js';

/** Where a synchronisation check came from. */
export type SyncOrigin = 'job' | 'command';
/**
 * pending: waiting for a synchronisation to bring the user in; synced: ready (enabled, with site, team,
 * desktop profile and the profile type that fits), or gone when unlicensed; needs_settings: there, but
 * missing settings the bot was not given or could not apply for a reason the admin can fix (not a
 * fault); invalid: a real fault (licensed and still missing after the deadline, wrong after the
 * settings were applied, or still there after the license was removed).
 */
export type SyncUserState = 'pending' | 'synced' | 'needs_settings' | 'invalid';
export type SyncRunState = 'running' | 'done';
export type SyncAlertState = 'open' | 'resolved' | 'dismissed';

/** One request for a synchronisation (a press of Control Hub's button, or a request to the admins). */
export interface SyncTriggerRecord {
  at: number;
  mode: 'endpoint' | 'manual';
  trackingId?: string;
  /**
   * Why: the first synchronisation, a re-sync for Invalid users, a retry asked from an alert, or the
   * check asked for after the Control Hub step for supervisors ("Done: check again").
   */
  why: 'first' | 'resync' | 'retry' | 'check';
}

/** A user to check: who, and what Control Hub holds for them. */
export interface SyncTarget {
  personId: string;
  ciUserId: string;
  email: string;
  tier: 'standard' | 'premium' | 'none';
  supervisor: boolean;
  /** trackingIds of the writes that changed this user (for a support request). */
  trackingIds: string[];
  /** Contact Center settings to apply once the user is there (enabling them goes with it). */
  agent?: AgentSettings;
}

export interface SyncUserRow extends SyncTarget {
  runId: string;
  seq: number;
  state: SyncUserState;
  reason: Msg;
  ccUserId: string | undefined;
  checks: number;
  lastCheckedAt: number | undefined;
  /**
   * Supervisor role (given in Control Hub, never through the Contact Center API): undefined (not
   * wanted, or the user is not there yet), waiting (the Control Hub step was asked for), set (the
   * Contact Center shows the SUPERVISOR profile type), failed (with the reason).
   */
  profile: 'set' | 'waiting' | 'failed' | undefined;
  profileReason: Msg | undefined;
  alertId: string | undefined;
  /**
   * needs_settings: the settings still to be given: required ones the user neither holds nor was given,
   * and those the Contact Center refused (the reason says why).
   */
  missing?: AgentField[];
  /**
   * What became of the settings written for this user: applied (the Contact Center accepted the write;
   * the next read judges it, and they are not written again), refused (kept until other settings are
   * given), or undefined (nothing written yet).
   */
  settings: SyncSettingsOutcome | undefined;
  /** When the Contact Center accepted the settings. */
  appliedAt: number | undefined;
  /** The to-do asking for this user's settings went out (asked again only after new settings). */
  settingsAsked: boolean;
}

export type SyncSettingsOutcome = 'applied' | 'refused';

/** What checking a user needs. */
export type SyncCheckItem = Pick<
  SyncUserRow,
  | 'seq'
  | 'ciUserId'
  | 'email'
  | 'tier'
  | 'state'
  | 'supervisor'
  | 'agent'
  | 'reason'
  | 'missing'
  | 'settings'
  | 'profile'
>;

export interface SyncRun {
  id: string;
  origin: SyncOrigin;
  jobId: string | undefined;
  roomId: string;
  threadId: string;
  requestedBy: string;
  state: SyncRunState;
  createdAt: number;
  deadlineAt: number;
  finishedAt: number | undefined;
  resyncs: number;
  triggers: SyncTriggerRecord[];
  /** The thread gets the result when the run ends (its summary went out before the run finished). */
  reportAtEnd: boolean;
  /** Set while an alert's "Retry sync" runs this run again. */
  retryOfAlert: string | undefined;
  /** `sync`: the message that says how the check goes (and its first text), edited as it goes. */
  progressMessageId: string | undefined;
  progressEdits: number;
  progressText: string | undefined;
  /** When the Control Hub step for the run's supervisors was asked for (once per run). */
  supervisorStepAskedAt: number | undefined;
}

export interface SyncAlert {
  id: string;
  runId: string;
  roomId: string;
  messageId: string | undefined;
  state: SyncAlertState;
  createdAt: number;
  closedAt: number | undefined;
  closedBy: string | undefined;
  nextCheckAt: number;
}

export interface SyncCounts {
  total: number;
  synced: number;
  pending: number;
  /** Users there but not ready, for a reason the admin can fix (a to-do, not an alert). */
  needsSettings: number;
  invalid: number;
  /** Of the synced, those without a Contact Center license: done, but not agents ("ready" misleads). */
  removed?: number;
}

/** What a user's check found. */
export interface SyncVerdict {
  state: SyncUserState;
  reason: Msg;
  /** needs_settings: which settings are missing (stored as given: none clears them). */
  missing?: AgentField[];
  ccUserId: string | undefined;
  trackingId: string | undefined;
  /** The supervisor role as read (left as it is when not given). */
  profile?: 'set' | 'waiting';
  /** The settings were written: accepted (stamps `appliedAt`) or refused (left as it is when not given). */
  settings?: SyncSettingsOutcome;
}

/**
 * The synchronisation checks, kept durably: runs (one per job or `sync` request), the users each run
 * checks with their last verdict, and the alerts raised. A restart finds them as they were. Each
 * method is atomic on its own.
 */
export interface SyncStore {
  /** Creates a run with its users; a run with this id that exists already is kept as it is. */
  createRun(
    run: Pick<SyncRun, 'id' | 'origin' | 'jobId' | 'roomId' | 'threadId' | 'requestedBy' | 'deadlineAt'>,
    users: SyncTarget[],
  ): Promise<{ run: SyncRun; created: boolean }>;
  run(id: string): Promise<SyncRun | undefined>;
  runsInState(state: SyncRunState): Promise<SyncRun[]>;
  addTrigger(runId: string, trigger: SyncTriggerRecord, countsAsResync: boolean): Promise<void>;
  /** The message that tells how a `sync` goes, with its first text (kept at the top of each edit). */
  setProgressMessage(runId: string, messageId: string, text: string): Promise<void>;
  countProgressEdit(runId: string): Promise<void>;
  setDeadline(runId: string, deadlineAt: number): Promise<void>;
  /**
   * Several replicas: `owner` takes the driving of a run until `until` (ms) when nobody else holds it at `now`,
   * by one conditional update, so of two replicas asking at once one gets it. The holder asking again extends
   * its claim; a claim not extended (its replica died) lapses at `until`.
   */
  claimRun(runId: string, owner: string, until: number, now: number): Promise<boolean>;
  /** Gives the driving of a run up, when `owner` holds it. */
  releaseRun(runId: string, owner: string): Promise<void>;
  /**
   * The summary goes out before the run ends: the run reports in the thread when it does. False when
   * the run ended meanwhile (its result is final and goes into the summary itself).
   */
  reportAtEnd(runId: string): Promise<boolean>;
  /** Ends a run; returns it as it ended (with whether the thread still waits for its result). */
  finishRun(runId: string): Promise<SyncRun | undefined>;
  /**
   * Runs a finished run again for its users that are not synced: for an alert's "Retry sync" (the
   * alert hears the outcome), or for "check again" (the thread does). A retry also forgets the
   * settings accepted for users still not synced, so that they are written again after the new
   * synchronisation.
   */
  reopenRun(runId: string, deadlineAt: number, alertId: string | undefined): Promise<void>;
  /**
   * Marks the Control Hub step for the run's supervisors as asked for; true the first time only (a
   * restart does not ask twice).
   */
  markSupervisorStepAsked(runId: string): Promise<boolean>;

  /** Users of a run not synced yet, in order, with only what checking them needs. */
  unsettled(runId: string): Promise<SyncCheckItem[]>;
  /** Users of a run that are not synced, in order, up to `limit` (what a result lists). */
  notSynced(runId: string, limit: number): Promise<SyncUserRow[]>;
  /** Users of a run in a state (Invalid ones, to alert), in order. */
  usersInState(runId: string, state: SyncUserState): Promise<SyncUserRow[]>;
  /** Users of a run who asked for a supervisor profile (what a result says about it). */
  supervisors(runId: string): Promise<SyncUserRow[]>;
  /** Stores a check's verdict; keeps the first and the latest few trackingIds. */
  recordVerdict(runId: string, seq: number, verdict: SyncVerdict): Promise<void>;
  setProfile(runId: string, seq: number, profile: 'set' | 'waiting' | 'failed', reason?: Msg): Promise<void>;
  /**
   * New settings for users of a run (given for those that needed them): each user's settings are
   * replaced, and what became of the earlier ones (missing, applied or refused, to-do asked) is
   * forgotten, so the next check writes them.
   */
  replaceAgentSettings(runId: string, changes: { seq: number; agent: AgentSettings }[]): Promise<void>;
  /** The to-do asking for these users' settings went out. */
  markSettingsAsked(runId: string, seqs: number[]): Promise<void>;
  counts(runId: string): Promise<SyncCounts>;

  /** Whether this person is already part of an open alert (one alert per problem). */
  inOpenAlert(personId: string): Promise<boolean>;
  /** Opens an alert for these users of a run (the message is posted next, then recorded). */
  createAlert(id: string, run: SyncRun, users: SyncUserRow[], nextCheckAt: number): Promise<SyncAlert>;
  setAlertMessage(alertId: string, messageId: string): Promise<void>;
  alert(id: string): Promise<SyncAlert | undefined>;
  alertsInState(state: SyncAlertState): Promise<SyncAlert[]>;
  alertUsers(alertId: string): Promise<SyncUserRow[]>;
  /** open -> resolved or dismissed, once; false when the alert was closed already. */
  closeAlert(alertId: string, state: 'resolved' | 'dismissed', by: string): Promise<boolean>;
  setAlertNextCheck(alertId: string, at: number): Promise<void>;
  /** Users by the state of their latest check, and alerts by state (metrics). */
  tallies(): Promise<{ users: Record<string, number>; alerts: Record<string, number> }>;
}

/** What the conversation does with the checks: ask for the manual step, report, alert. */
export interface SyncListener {
  /** Manual mode: asks the admins to press "Synchronize Users" in Control Hub. */
  manualSyncNeeded(run: SyncRun, why: SyncTriggerRecord['why']): Promise<void>;
  /** A round of checks is done (a `sync` request tells how it goes). */
  progress?(run: SyncRun, counts: SyncCounts): Promise<void>;
  /** A `sync` request, or a job check that outlived its summary, ended. */
  runFinished(run: SyncRun, counts: SyncCounts, notSynced: SyncUserRow[], supervisors: SyncUserRow[]): Promise<void>;
  /**
   * Users who are there but not ready for a reason the admin can fix (no settings given, a team that
   * refused them): a to-do in the run's thread, with a button to apply the organisation's defaults.
   */
  settingsNeeded(run: SyncRun, users: SyncUserRow[]): Promise<void>;
  /**
   * Premium users meant to be supervisors: the Control Hub steps that give the role, naming them,
   * with a "Done: check again" button (no public API gives the role).
   */
  supervisorStepNeeded(run: SyncRun, users: SyncUserRow[]): Promise<void>;
  /** Posts the alert in the admin space; returns the message id. */
  alertRaised(alert: SyncAlert, run: SyncRun, users: SyncUserRow[]): Promise<string>;
  alertResolved(alert: SyncAlert, users: SyncUserRow[]): Promise<void>;
  /** "Retry sync" on an alert ended with users still Invalid. */
  retryFinished(alert: SyncAlert, run: SyncRun, users: SyncUserRow[]): Promise<void>;
}

export interface JobCheck {
  run: SyncRun;
  counts: SyncCounts;
  /** The users who asked for a supervisor profile, and what became of it. */
  supervisors: SyncUserRow[];
  /** False when the check goes on after the summary (the thread gets its result later). */
  final: boolean;
}
