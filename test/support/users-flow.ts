import type { BotHarness, PostedMessage } from './bot-harness.js';

export interface BatchInput {
  mode?: 'emails' | 'names';
  entries: string;
  role: string;
  welcome?: boolean;
}

export const cardOf = (m: PostedMessage | undefined): Record<string, any> | undefined => m?.attachments?.[0]?.content;
export const cardText = (m: PostedMessage | undefined): string => JSON.stringify(cardOf(m) ?? {});
/** The card's buttons' data: what a card is, whatever its words say in any language or after a rewrite. */
const actionData = (m: PostedMessage): Record<string, string>[] =>
  ((cardOf(m)?.actions ?? []) as { data?: Record<string, string> }[]).map((a) => a.data ?? {});
/** A preview: the only card with a job's Cancel (and, when it can go ahead, Confirm). */
export const isPreview = (m: PostedMessage): boolean => actionData(m).some((d) => d.action === 'job.cancel');
/** The import's mode choice: the card whose buttons choose "add" or "add-remove". */
export const isModeCard = (m: PostedMessage): boolean => actionData(m).some((d) => d.action === 'import.mode');
/** A job's summary card, known by its headline's id (its wording changes with the outcome). */
export const isSummary = (m: PostedMessage): boolean =>
  ((cardOf(m)?.body ?? []) as { id?: string }[]).some((b) => b.id === 'summary');

export function jobIdOf(preview: PostedMessage): string {
  const action = (cardOf(preview)!.actions as { data: { action: string; jobId: string } }[]).find(
    (a) => a.data.action === 'job.cancel',
  )!;
  return action.data.jobId;
}

export function summaryCounts(summary: PostedMessage): Record<string, number> {
  const facts = (cardOf(summary)!.body as { type: string; facts?: { title: string; value: string }[] }[]).find(
    (b) => b.type === 'FactSet',
  )!.facts!;
  return Object.fromEntries(facts.map((f) => [f.title.toLowerCase(), Number(f.value)]));
}

/** "@bot add", fill in the card, press Preview: returns the thread and the preview (or the bot's answer). */
export async function previewBatch(
  h: BotHarness,
  who: string,
  input: BatchInput,
): Promise<{ thread: string; card: PostedMessage; answer: PostedMessage }> {
  const asked = await h.say(who, 'add');
  const [card] = await h.waitForReply(asked.id);
  await h.submit(who, card!, {
    action: 'users.preview',
    mode: input.mode ?? 'emails',
    entries: input.entries,
    role: input.role,
    welcome: String(input.welcome ?? false),
  });
  const replies = await h.waitForReplies(asked.id, (r) => r.length >= 2);
  return { thread: asked.id, card: card!, answer: replies[1]! };
}

/** Presses Confirm on a preview as `who` and waits for the summary card. */
export async function confirmBatch(
  h: BotHarness,
  who: string,
  thread: string,
  preview: PostedMessage,
  timeoutMs = 30_000,
): Promise<{ summary: PostedMessage; replies: PostedMessage[] }> {
  await h.submit(who, preview, { action: 'job.confirm', jobId: jobIdOf(preview) });
  const replies = await h.waitForReplies(thread, (r) => r.some(isSummary), undefined, timeoutMs);
  return { summary: replies.find(isSummary)!, replies };
}
