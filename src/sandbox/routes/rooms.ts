import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { encodeHydraId } from '../../webex/hydra-id.js';
import type { WebhookDispatcher } from '../deliveries.js';
import { locals, queryString, sendPage, sendWebexError } from '../http-helpers.js';
import type { PersonRecord, RoomRecord } from '../model.js';
import { nowIso, type SandboxState } from '../state.js';
import { emitMembership } from './memberships.js';
import { memberRoom, ROOM_NOT_FOUND } from './space-access.js';

function roomView(state: SandboxState, room: RoomRecord): Record<string, unknown> {
  return {
    id: room.id,
    title: room.title,
    type: room.type,
    isLocked: room.isLocked,
    lastActivity: room.lastActivity,
    creatorId: room.creatorId,
    created: room.created,
    // "The ID of the organization which owns this room" (messaging OpenAPI `ownerId`): the creator's.
    ownerId: state.people.get(room.creatorId)?.orgId ?? state.orgId,
    isPublic: false,
    isReadOnly: false,
  };
}

/** The 1:1 space of two people, opened by the first message one sends the other. */
export function directRoomBetween(state: SandboxState, a: PersonRecord, b: PersonRecord): RoomRecord {
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

export function roomsRouter(state: SandboxState, dispatcher: WebhookDispatcher): Router {
  const router = Router();

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
    const room = memberRoom(state, locals(res).actor, req.params.roomId);
    if (!room) {
      sendWebexError(res, 404, ROOM_NOT_FOUND);
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
    emitMembership(state, dispatcher, 'created', membership, actor.id);
    res.status(200).json(roomView(state, room));
  });

  return router;
}
