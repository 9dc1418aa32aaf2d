import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { encodeHydraId } from '../../webex/hydra-id.js';
import type { WebhookDispatcher } from '../deliveries.js';
import { locals, publicBase, queryString, sendPage, sendWebexError } from '../http-helpers.js';
import { renderMarkdown } from '../mentions.js';
import type { MessageRecord, RoomRecord } from '../model.js';
import { nowIso, type SandboxState } from '../state.js';
import {
  editProblems,
  type MessageEdit,
  type MessageInput,
  newMessageProblems,
  readMultipart,
} from './message-body.js';
import { directRoomBetween } from './rooms.js';
import { canSeeMessage, MESSAGE_NOT_FOUND, memberRoom, ROOM_NOT_FOUND } from './space-access.js';

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

export function messagesRouter(state: SandboxState, dispatcher: WebhookDispatcher): Router {
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

  router.get('/messages', (req, res) => {
    const { actor } = locals(res);
    const roomId = queryString(req, 'roomId');
    if (!roomId) {
      sendWebexError(res, 400, 'roomId is required.');
      return;
    }
    const room = memberRoom(state, actor, roomId);
    if (!room) {
      sendWebexError(res, 404, ROOM_NOT_FOUND);
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
      sendWebexError(res, 404, MESSAGE_NOT_FOUND);
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
      room = memberRoom(state, actor, input.roomId);
      if (!room) {
        sendWebexError(res, 404, ROOM_NOT_FOUND);
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
    const { problems, attachments, parent } = newMessageProblems(state, input, room.id);
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
      attachments,
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
      sendWebexError(res, 404, MESSAGE_NOT_FOUND);
      return;
    }
    if (m.personId !== actor.id) {
      sendWebexError(res, 403, 'Only the author of a message can edit it.');
      return;
    }
    const body = (req.body ?? {}) as MessageEdit;
    const problems = editProblems(m, body);
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
      sendWebexError(res, 404, MESSAGE_NOT_FOUND);
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

  return router;
}
