/** How the synchronisation checks pace themselves (configured by SYNC_* variables). */
export interface SyncSettings {
  /** How long after a synchronisation a licensed user may still be missing before it counts as Invalid. */
  deadlineMs: number;
  /** Extra synchronisations asked for while users stay Invalid. */
  resyncs: number;
  /** First wait between checks; doubles up to `pollMaxMs`. */
  pollInitialMs: number;
  pollMaxMs: number;
  /** How long a job's summary waits for the check before it goes out with what is known. */
  summaryWaitMs: number;
  /** How often the watcher looks at open alerts and unfinished checks. */
  watchIntervalMs: number;
  /** Contact Center calls the watcher may make per minute (its share of the API's rate limit). */
  watchChecksPerMinute: number;
}

export const DEFAULT_SYNC_SETTINGS: SyncSettings = {
  deadlineMs: 10 * 60_000,
  resyncs: 2,
  pollInitialMs: 5_000,
  pollMaxMs: 60_000,
  summaryWaitMs: 2 * 60_000,
  watchIntervalMs: 5 * 60_000,
  watchChecksPerMinute: 150,
};
