import type { JobRunner } from './runner.js';

/**
 * How a confirmed job reaches a runner. In one process (the default) the organization's runner takes it
 * at once, or from the store's queue when the import before it ends; with a database configured, a
 * PostgreSQL job queue hands it to whichever replica is free (src/jobs/pg-boss-dispatch.ts).
 */
export interface JobDispatch {
  /**
   * A job the store has just confirmed: `running` (it may start now) or `queued` (an import waiting for
   * the one before it). Resolves once the job is handed over, not when it ends.
   */
  confirmed(jobId: string, state: 'running' | 'queued'): Promise<void>;
  /** At start: jobs a stopped process left running are taken up, then the queue. */
  resume(): Promise<void>;
}

/** Today's behaviour: the organization's own runner, in this process. */
export function inProcessDispatch(runner: Pick<JobRunner, 'run' | 'resume'>): JobDispatch {
  return {
    async confirmed(jobId, state) {
      // A queued import is started by the runner itself when the import before it ends.
      if (state === 'running') void runner.run(jobId);
    },
    resume: () => runner.resume(),
  };
}
