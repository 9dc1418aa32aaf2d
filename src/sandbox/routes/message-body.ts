import busboy from 'busboy';
import type { Request } from 'express';
import type { MessageRecord } from '../model.js';
import type { SandboxState } from '../state.js';

export const MAX_TEXT_BYTES = 7439;
export const MAX_EDITS = 10;
const MAX_FILE_BYTES = 100 * 1024 * 1024;
const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** A `POST /messages` body, from JSON or from multipart/form-data (which can carry one file). */
export interface MessageInput {
  roomId?: string;
  toPersonId?: string;
  toPersonEmail?: string;
  parentId?: string;
  text?: string;
  markdown?: string;
  attachments?: unknown;
  files?: unknown;
  upload?: { filename: string; contentType: string; data: Buffer };
}

/** A `PUT /messages/{id}` body. */
export interface MessageEdit {
  roomId?: unknown;
  text?: unknown;
  markdown?: unknown;
}

export function readMultipart(req: Request): Promise<MessageInput> {
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    let upload: MessageInput['upload'];
    let fileCount = 0;
    let tooLarge = false;
    const parser = busboy({
      headers: req.headers,
      defParamCharset: 'utf8',
      limits: { fileSize: MAX_FILE_BYTES, files: 2 },
    });
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (_name, stream, info) => {
      fileCount += 1;
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        tooLarge = true;
      });
      stream.on('end', () => {
        upload = {
          filename: info.filename || 'file',
          contentType: info.mimeType || 'application/octet-stream',
          data: Buffer.concat(chunks),
        };
      });
    });
    parser.on('error', reject);
    parser.on('close', () => {
      if (tooLarge) reject(new Error('The file is larger than the 100 MB limit.'));
      else if (fileCount > 1) reject(new Error('Only one file can be sent per message.'));
      else resolve({ ...fields, ...(upload ? { upload } : {}) });
    });
    req.pipe(parser);
  });
}

/** What Webex answers 400 for in a new message to a room; the first problem becomes the message. */
export function newMessageProblems(
  state: SandboxState,
  input: MessageInput,
  roomId: string,
): { problems: string[]; attachments: unknown[]; parent: MessageRecord | undefined } {
  const problems: string[] = [];
  for (const field of ['text', 'markdown'] as const) {
    const value = input[field];
    if (value !== undefined && typeof value !== 'string') problems.push(`${field} must be a string.`);
    else if (value !== undefined && Buffer.byteLength(value, 'utf8') > MAX_TEXT_BYTES) {
      problems.push(`${field} is longer than the maximum of ${MAX_TEXT_BYTES} bytes.`);
    }
  }
  const attachments = input.attachments === undefined ? [] : input.attachments;
  if (!Array.isArray(attachments)) problems.push('attachments must be an array.');
  else if (attachments.length > 1) problems.push('Only one attachment (card) is allowed per message.');
  else if (
    attachments.some(
      (a) =>
        (a as { contentType?: unknown })?.contentType !== CARD_CONTENT_TYPE ||
        typeof (a as { content?: unknown }).content !== 'object',
    )
  ) {
    problems.push(`attachments must have contentType "${CARD_CONTENT_TYPE}" and a card as content.`);
  }
  if (input.files !== undefined) {
    problems.push('Files by URL cannot be fetched by this sandbox: send the file as multipart/form-data.');
  }
  let parent: MessageRecord | undefined;
  if (input.parentId !== undefined) {
    parent = state.messages.get(input.parentId);
    if (!parent || parent.roomId !== roomId) problems.push('parentId does not refer to a message in this room.');
    else if (parent.parentId)
      problems.push("Cannot reply to a reply: use the id of the thread's first message as parentId.");
  }
  if (
    input.text === undefined &&
    input.markdown === undefined &&
    !input.upload &&
    (attachments as unknown[]).length === 0
  ) {
    problems.push('A message needs text, markdown, a file or an attachment.');
  }
  return { problems, attachments: attachments as unknown[], parent };
}

/** What Webex answers 400 for in an edit: only the author's text messages, a limited number of times. */
export function editProblems(m: MessageRecord, body: MessageEdit): string[] {
  const problems: string[] = [];
  if (body.roomId !== m.roomId) problems.push("roomId is required and must be the message's room.");
  if (typeof body.text !== 'string' && typeof body.markdown !== 'string')
    problems.push('text or markdown is required.');
  for (const field of ['text', 'markdown'] as const) {
    const value = body[field];
    if (typeof value === 'string' && Buffer.byteLength(value, 'utf8') > MAX_TEXT_BYTES) {
      problems.push(`${field} is longer than the maximum of ${MAX_TEXT_BYTES} bytes.`);
    }
  }
  if (m.contentIds.length > 0 || m.attachments.length > 0)
    problems.push('Messages with files or attachments cannot be edited.');
  if (m.edits >= MAX_EDITS) problems.push(`A message can be edited at most ${MAX_EDITS} times.`);
  return problems;
}
