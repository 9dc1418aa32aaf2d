import type { OutboxEntry, OutboxState, OutgoingMessage } from '../jobs/ports.js';

export type Row = Record<string, unknown>;

/** The oldest unsettled entry of its group: a later message of a thread waits for the ones before it. */
export const HEAD_OF_GROUP =
  "o.state = 'pending' AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.grp = o.grp AND p.state = 'pending' AND p.id < o.id)";

export function toEntry(row: Row): OutboxEntry {
  return {
    id: row.id as number,
    key: row.key as string,
    group: row.grp as string,
    message: JSON.parse(row.message as string) as OutgoingMessage,
    ...(row.message_id ? { messageId: row.message_id as string } : {}),
    state: row.state as OutboxState,
    version: row.version as number,
    attempts: row.attempts as number,
    nextAttemptAt: row.next_attempt_at as number,
    sendingSince: (row.sending_since as number | null) ?? undefined,
    lastError: (row.last_error as string | null) ?? undefined,
  };
}
