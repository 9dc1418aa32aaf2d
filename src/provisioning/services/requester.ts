import { randomBytes } from 'node:crypto';

/** Who asked for a job and the thread its progress and summary go back to. */
export interface Requester {
  roomId: string;
  threadId: string;
  requestedBy: string;
}

export function newJobId(): string {
  return `job-${randomBytes(3).toString('hex')}`;
}
