import { randomUUID } from 'node:crypto';
import busboy from 'busboy';
import { type Request, type Response, Router } from 'express';
import { encodeHydraId } from '../../webex/hydra-id.js';
import type { WebhookDispatcher } from '../deliveries.js';
import { locals, publicBase, queryString, sendPage, sendWebexError } from '../http-helpers.js';
import { renderMarkdown } from '../mentions.js';
import type { MembershipRecord, MessageRecord, PersonRecord, RoomRecord } from '../model.js';
import { nowIso, type SandboxState } from '../state.js';

export const MAX_TEXT_BYTES = 7439;
export const MAX_EDITS = 10;
const MAX_FILE_BYTES = 100 * 1024 * 1024;
const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

interface MessageInput {
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

export function messageView(state: SandboxState, base: string, m: MessageRecord): Record<string, unknown> {
  const room = state.rooms.get(m.roomId)!;
  const author = state.people.get(m.personId);
  const view: Record<string, unknown> = { id: m.id };
  if (m.parentId) view.parentId = m.parentId;
  view.roomId = m.roomId;
  view.roomType = room.type;
  if (m.text !== undefined) view.text = m.text;
  if (m.markdown !== undefined) view.markdown = m.markdown;
  if (m.html !== undefined) view.html = m.html;
  if (m.contentIds.length > 0) view.files = m.contentIds.map((id) => `${base}/v1/contents/${id}`);
  if (m.attachments.length > 0) view.attachments = m.attachments;
  view.personId = m.personId;
  view.personEmail = author?.emails[0] ?? 'unknown@webex.example';
  if (m.mentionedPeople.length > 0) view.mentionedPeople = [...m.mentionedPeople];
  view.created = m.created;
  if (m.updated) view.updated = m.updated;
  return view;
}

function roomView(state: SandboxState, room: RoomRecord): Record<string, unknown> {
  return {
    id: room.id,
    title: room.title,
    type: room.type,
    isLocked: room.isLocked,
    lastActivity: room.lastActivity,
    creatorId: room.creatorId,
    created: room.created,
    ownerId: state.orgId,
    isPublic: false,
    isReadOnly: false,
  };
}

function membershipView(state: SandboxState, m: MembershipRecord): Record<string, unknown> {
  const person = state.people.get(m.personId);
  const room = state.rooms.get(m.roomId);
  return {
    id: m.id,
    roomId: m.roomId,
    personId: m.personId,
    personEmail: person?.emails[0] ?? '',
    personDisplayName: person?.displayName ?? '',
    personOrgId: person?.orgId ?? state.orgId,
    isModerator: m.isModerator,
    isMonitor: false,
    isRoomHidden: false,
    roomType: room?.type ?? 'group',
    created: m.created,
  };
}

/** Whether a bot or person may see a message: members see a room; a bot in a group space only what mentions it. */
function canSeeMessage(state: SandboxState, actor: PersonRecord, m: MessageRecord): boolean {
  if (!state.membershipOf(m.roomId, actor.id)) return false;
  const room = state.rooms.get(m.roomId)!;
  if (actor.kind === 'bot' && room.type === 'group')
    return m.personId === actor.id || m.mentionedPeople.includes(actor.id);
  return true;
}

function readMultipart(req: Request): Promise<MessageInput> {
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

function directRoomBetween(state: SandboxState, a: PersonRecord, b: PersonRecord): RoomRecord {
  for (const room of state.rooms.values()) {
    if (room.type !== 'direct') continue;
    const members = state.membersOf(room.id).map((m) => m.personId);
    if (members.length === 2 && members.includes(a.id) && members.includes(b.id)) return room;
  }
  const uuid = randomUUID();
  const now = nowIso();
  const room: RoomRecord = {
    uuid,
    id: encodeHydraId('ROOM', uuid),
    title: b.displayName,
    type: 'direct',
    creatorId: a.id,
    created: now,
    lastActivity: now,
    isLocked: false,
  };
  state.rooms.set(room.id, room);
  state.addMembership(room.id, a.id, now);
  state.addMembership(room.id, b.id, now);
  return room;
}

export function messagingRouter(state: SandboxState, dispatcher: WebhookDispatcher): Router {
  const router = Router();

  const emitMessage = (event: 'created' | 'updated' | 'deleted', m: MessageRecord, base: string): void => {
    const room = state.rooms.get(m.roomId);
    if (!room) return;
    const data: Record<string, unknown> = {
      id: m.id,
      roomId: m.roomId,
      roomType: room.type,
      personId: m.personId,
      personEmail: state.people.get(m.personId)?.emails[0],
      created: m.created,
    };
    if (m.parentId) data.parentId = m.parentId;
    if (m.mentionedPeople.length > 0) data.mentionedPeople = [...m.mentionedPeople];
    if (m.contentIds.length > 0) data.files = m.contentIds.map((id) => `${base}/v1/contents/${id}`);
    dispatcher.emit({
      resource: 'messages',
      event,
      actorId: m.personId,
      data,
      audience: (ownerId) => {
        if (!state.membershipOf(m.roomId, ownerId)) return false;
        const owner = state.people.get(ownerId);
        // In a group space a bot hears only the messages that mention it.
        if (owner?.kind === 'bot' && room.type === 'group') return m.mentionedPeople.includes(ownerId);
        return true;
      },
    });
  };

  const emitMembership = (event: 'created' | 'deleted', m: MembershipRecord, actorId: string): void => {
    dispatcher.emit({
      resource: 'memberships',
      event,
      actorId,
      data: membershipView(state, m),
      audience: (ownerId) => ownerId === m.personId || state.membershipOf(m.roomId, ownerId) !== undefined,
    });
  };

  // ---- rooms -------------------------------------------------------------------------------

  router.get('/rooms', (req, res) => {
    const { actor } = locals(res);
    const type = queryString(req, 'type');
    const rooms = [...state.rooms.values()]
      .filter((r) => state.membershipOf(r.id, actor.id) && (!type || r.type === type))
      .sort((a, b) => b.lastActivity.localeCompare(a.lastActivity));
    sendPage(
      req,
      res,
      rooms.map((r) => roomView(state, r)),
      { defaultMax: 100, cap: 1000 },
    );
  });

  router.get('/rooms/:roomId', (req, res) => {
    const { actor } = locals(res);
    const room = state.rooms.get(req.params.roomId);
    if (!room || !state.membershipOf(room.id, actor.id)) {
      sendWebexError(res, 404, 'Could not find a room with provided ID.');
      return;
    }
    res.status(200).json(roomView(state, room));
  });

  router.post('/rooms', (req, res) => {
    const { actor } = locals(res);
    const title = (req.body as { title?: unknown } | undefined)?.title;
    if (typeof title !== 'string' || title.trim() === '') {
      sendWebexError(res, 400, 'title is required.');
      return;
    }
    const uuid = randomUUID();
    const now = nowIso();
    const room: RoomRecord = {
      uuid,
      id: encodeHydraId('ROOM', uuid),
      title,
      type: 'group',
      creatorId: actor.id,
      created: now,
      lastActivity: now,
      isLocked: false,
    };
    state.rooms.set(room.id, room);
    const membership = state.addMembership(room.id, actor.id, now);
    membership.isModerator = false;
    emitMembership('created', membership, actor.id);
    res.status(200).json(roomView(state, room));
  });

  // ---- memberships -------------------------------------------------------------------------

  router.get('/memberships', (req, res) => {
    const { actor } = locals(res);
    const roomId = queryString(req, 'roomId');
    const personId = queryString(req, 'personId');
    const personEmail = queryString(req, 'personEmail')?.toLowerCase();
    let list: MembershipRecord[];
    if (roomId) {
      if (!state.rooms.has(roomId) || !state.membershipOf(roomId, actor.id)) {
        sendWebexError(res, 404, 'Could not find a room with provided ID.');
        return;
      }
      list = state.membersOf(roomId);
    } else {
      if ((personId && personId !== actor.id) || (personEmail && !actor.emails.includes(personEmail))) {
        sendWebexError(res, 400, 'roomId is required when filtering by another person.');
        return;
      }
      list = [...state.memberships.values()].filter((m) => m.personId === actor.id);
    }
    if (personId) list = list.filter((m) => m.personId === personId);
    if (personEmail) list = list.filter((m) => state.people.get(m.personId)?.emails.includes(personEmail));
    sendPage(
      req,
      res,
      list.map((m) => membershipView(state, m)),
      { defaultMax: 100, cap: 1000 },
    );
  });

  router.get('/memberships/:membershipId', (req, res) => {
    const { actor } = locals(res);
    const m = state.memberships.get(req.params.membershipId);
    if (!m || !state.membershipOf(m.roomId, actor.id)) {
      sendWebexError(res, 404, 'Membership not found.');
      return;
    }
    res.status(200).json(membershipView(state, m));
  });

  router.post('/memberships', (req, res) => {
    const { actor } = locals(res);
    const body = (req.body ?? {}) as {
      roomId?: unknown;
      personId?: unknown;
      personEmail?: unknown;
      isModerator?: unknown;
    };
    const room = typeof body.roomId === 'string' ? state.rooms.get(body.roomId) : undefined;
    if (!room || !state.membershipOf(room.id, actor.id)) {
      sendWebexError(res, 404, 'Could not find a room with provided ID.');
      return;
    }
    const person =
      typeof body.personId === 'string'
        ? state.people.get(body.personId)
        : typeof body.personEmail === 'string'
          ? state.findPersonByEmail(body.personEmail)
          : undefined;
    if (!person) {
      sendWebexError(res, 404, 'Person not found.');
      return;
    }
    if (state.membershipOf(room.id, person.id)) {
      sendWebexError(res, 409, 'Person is already in the room.');
      return;
    }
    const m = state.addMembership(room.id, person.id);
    m.isModerator = body.isModerator === true;
    emitMembership('created', m, actor.id);
    res.status(200).json(membershipView(state, m));
  });

  router.delete('/memberships/:membershipId', (req, res) => {
    const { actor } = locals(res);
    const m = state.memberships.get(req.params.membershipId);
    if (!m || !state.membershipOf(m.roomId, actor.id)) {
      sendWebexError(res, 404, 'Membership not found.');
      return;
    }
    emitMembership('deleted', m, actor.id);
    state.memberships.delete(m.id);
    res.status(204).end();
  });

  // ---- messages ----------------------------------------------------------------------------

  router.get('/messages', (req, res) => {
    const { actor } = locals(res);
    const roomId = queryString(req, 'roomId');
    if (!roomId) {
      sendWebexError(res, 400, 'roomId is required.');
      return;
    }
    const room = state.rooms.get(roomId);
    if (!room || !state.membershipOf(roomId, actor.id)) {
      sendWebexError(res, 404, 'Could not find a room with provided ID.');
      return;
    }
    const mentioned = queryString(req, 'mentionedPeople');
    if (actor.kind === 'bot' && room.type === 'group' && mentioned !== 'me' && mentioned !== actor.id) {
      sendWebexError(
        res,
        403,
        'Bots can only list messages that mention them in group spaces: use mentionedPeople=me.',
      );
      return;
    }
    const parentId = queryString(req, 'parentId');
    const before = queryString(req, 'before');
    const beforeMessage = queryString(req, 'beforeMessage');
    const beforeCreated = beforeMessage ? state.messages.get(beforeMessage)?.created : undefined;
    let list = [...state.messages.values()].filter((m) => m.roomId === roomId);
    if (parentId) list = list.filter((m) => m.parentId === parentId);
    if (mentioned) {
      const who = mentioned === 'me' ? actor.id : mentioned;
      list = list.filter((m) => m.mentionedPeople.includes(who));
    }
    if (before) list = list.filter((m) => m.created < before);
    if (beforeCreated) list = list.filter((m) => m.created < beforeCreated);
    list.sort((a, b) => (a.created === b.created ? 0 : a.created < b.created ? 1 : -1));
    const base = publicBase(req);
    sendPage(
      req,
      res,
      list.map((m) => messageView(state, base, m)),
      { defaultMax: 50, cap: mentioned ? 100 : 1000 },
    );
  });

  router.get('/messages/:messageId', (req, res) => {
    const { actor } = locals(res);
    const m = state.messages.get(req.params.messageId);
    if (!m || !canSeeMessage(state, actor, m)) {
      sendWebexError(res, 404, 'Could not find a message with provided ID.');
      return;
    }
    res.status(200).json(messageView(state, publicBase(req), m));
  });

  router.post('/messages', async (req, res) => {
    const { actor } = locals(res);
    let input: MessageInput;
    if (req.is('multipart/form-data')) {
      try {
        input = await readMultipart(req);
      } catch (error) {
        sendWebexError(res, 400, (error as Error).message);
        return;
      }
    } else {
      input = (req.body ?? {}) as MessageInput;
    }
    let room: RoomRecord | undefined;
    if (typeof input.roomId === 'string') {
      room = state.rooms.get(input.roomId);
      if (!room || !state.membershipOf(room.id, actor.id)) {
        sendWebexError(res, 404, 'Could not find a room with provided ID.');
        return;
      }
    } else if (typeof input.toPersonId === 'string' || typeof input.toPersonEmail === 'string') {
      const other = input.toPersonId
        ? state.people.get(input.toPersonId)
        : state.findPersonByEmail(input.toPersonEmail!);
      if (!other) {
        sendWebexError(res, 404, 'Person not found.');
        return;
      }
      room = directRoomBetween(state, actor, other);
    } else {
      sendWebexError(res, 400, 'One of roomId, toPersonId or toPersonEmail is required.');
      return;
    }
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
      if (!parent || parent.roomId !== room.id) problems.push('parentId does not refer to a message in this room.');
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
    if (problems.length > 0) {
      sendWebexError(res, 400, problems[0]!, { descriptions: problems });
      return;
    }
    const now = nowIso();
    const message: MessageRecord = {
      id: state.newMessageId(),
      roomId: room.id,
      personId: actor.id,
      contentIds: [],
      attachments: attachments as unknown[],
      mentionedPeople: [],
      created: now,
      edits: 0,
    };
    if (parent) message.parentId = parent.id;
    if (input.markdown !== undefined) {
      const rendered = renderMarkdown(state, input.markdown, room.id);
      message.markdown = input.markdown;
      message.text = input.text ?? rendered.text;
      message.html = rendered.html;
      message.mentionedPeople = rendered.mentionedPeople;
    } else if (input.text !== undefined) {
      message.text = input.text;
    }
    if (input.upload) {
      const contentId = encodeHydraId('CONTENT', randomUUID());
      state.contents.set(contentId, {
        id: contentId,
        roomId: room.id,
        filename: input.upload.filename,
        contentType: input.upload.contentType,
        data: input.upload.data,
      });
      message.contentIds.push(contentId);
    }
    state.messages.set(message.id, message);
    room.lastActivity = now;
    const base = publicBase(req);
    emitMessage('created', message, base);
    res.status(200).json(messageView(state, base, message));
  });

  router.put('/messages/:messageId', (req, res) => {
    const { actor } = locals(res);
    const m = state.messages.get(req.params.messageId);
    if (!m || !canSeeMessage(state, actor, m)) {
      sendWebexError(res, 404, 'Could not find a message with provided ID.');
      return;
    }
    if (m.personId !== actor.id) {
      sendWebexError(res, 403, 'Only the author of a message can edit it.');
      return;
    }
    const body = (req.body ?? {}) as { roomId?: unknown; text?: unknown; markdown?: unknown };
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
    if (problems.length > 0) {
      sendWebexError(res, 400, problems[0]!, { descriptions: problems });
      return;
    }
    if (typeof body.markdown === 'string') {
      const rendered = renderMarkdown(state, body.markdown, m.roomId);
      m.markdown = body.markdown;
      m.text = typeof body.text === 'string' ? body.text : rendered.text;
      m.html = rendered.html;
      m.mentionedPeople = rendered.mentionedPeople;
    } else {
      m.text = body.text as string;
      delete m.markdown;
      delete m.html;
    }
    m.edits += 1;
    m.updated = nowIso();
    const base = publicBase(req);
    emitMessage('updated', m, base);
    res.status(200).json(messageView(state, base, m));
  });

  router.delete('/messages/:messageId', (req, res) => {
    const { actor } = locals(res);
    const m = state.messages.get(req.params.messageId);
    if (!m || !canSeeMessage(state, actor, m)) {
      sendWebexError(res, 404, 'Could not find a message with provided ID.');
      return;
    }
    const isModerator = state.membershipOf(m.roomId, actor.id)?.isModerator === true;
    if (m.personId !== actor.id && !isModerator) {
      sendWebexError(res, 403, 'Only the author or a moderator can delete a message.');
      return;
    }
    state.messages.delete(m.id);
    for (const id of m.contentIds) state.contents.delete(id);
    emitMessage('deleted', m, publicBase(req));
    res.status(204).end();
  });

  // ---- files -------------------------------------------------------------------------------

  const sendContent = (req: Request, res: Response, headOnly: boolean): void => {
    const { actor } = locals(res);
    const content = state.contents.get(String(req.params.contentId));
    if (!content || !state.membershipOf(content.roomId, actor.id)) {
      sendWebexError(res, 404, 'File not found.');
      return;
    }
    const asciiName = content.filename.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, "'");
    res.setHeader('Content-Type', content.contentType);
    res.setHeader('Content-Length', String(content.data.length));
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(content.filename)}`,
    );
    if (headOnly) res.status(200).end();
    else res.status(200).end(content.data);
  };
  router.get('/contents/:contentId', (req, res) => sendContent(req, res, false));
  router.head('/contents/:contentId', (req, res) => sendContent(req, res, true));

  // ---- card submissions -------------------------------------------------------------------

  router.post('/attachment/actions', (req, res) => {
    const { actor } = locals(res);
    const body = (req.body ?? {}) as { type?: unknown; messageId?: unknown; inputs?: unknown };
    if (body.type !== 'submit') {
      sendWebexError(res, 400, 'type must be "submit".');
      return;
    }
    const message = typeof body.messageId === 'string' ? state.messages.get(body.messageId) : undefined;
    if (!message || !state.membershipOf(message.roomId, actor.id)) {
      sendWebexError(res, 404, 'Could not find a message with provided ID.');
      return;
    }
    if (message.attachments.length === 0) {
      sendWebexError(res, 400, 'The message has no card to submit.');
      return;
    }
    if (
      body.inputs !== undefined &&
      (typeof body.inputs !== 'object' || body.inputs === null || Array.isArray(body.inputs))
    ) {
      sendWebexError(res, 400, 'inputs must be an object.');
      return;
    }
    const action = {
      id: encodeHydraId('ATTACHMENT_ACTION', randomUUID()),
      type: 'submit' as const,
      messageId: message.id,
      inputs: (body.inputs ?? {}) as Record<string, unknown>,
      personId: actor.id,
      roomId: message.roomId,
      created: nowIso(),
    };
    state.attachmentActions.set(action.id, action);
    dispatcher.emit({
      resource: 'attachmentActions',
      event: 'created',
      actorId: actor.id,
      data: {
        id: action.id,
        type: action.type,
        messageId: action.messageId,
        personId: action.personId,
        roomId: action.roomId,
        created: action.created,
      },
      audience: (ownerId) => ownerId === message.personId,
    });
    res.status(202).json(action);
  });

  router.get('/attachment/actions/:id', (req, res) => {
    const { actor } = locals(res);
    const action = state.attachmentActions.get(req.params.id);
    const message = action ? state.messages.get(action.messageId) : undefined;
    if (!action || (action.personId !== actor.id && message?.personId !== actor.id)) {
      sendWebexError(res, 404, 'Could not find an attachment action with provided ID.');
      return;
    }
    res.status(200).json(action);
  });

  return router;
}
