import { Router } from 'express';
import type { WebhookDispatcher } from '../deliveries.js';
import { locals, queryString, sendPage, sendWebexError } from '../http-helpers.js';
import type { MembershipRecord } from '../model.js';
import type { SandboxState } from '../state.js';
import { memberRoom, ROOM_NOT_FOUND } from './space-access.js';

export function membershipView(state: SandboxState, m: MembershipRecord): Record<string, unknown> {
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

/** A `memberships` webhook event: heard by the member and by the room's other members. */
export function emitMembership(
  state: SandboxState,
  dispatcher: WebhookDispatcher,
  event: 'created' | 'deleted',
  m: MembershipRecord,
  actorId: string,
): void {
  dispatcher.emit({
    resource: 'memberships',
    event,
    actorId,
    data: membershipView(state, m),
    audience: (ownerId) => ownerId === m.personId || state.membershipOf(m.roomId, ownerId) !== undefined,
  });
}

export function membershipsRouter(state: SandboxState, dispatcher: WebhookDispatcher): Router {
  const router = Router();

  router.get('/memberships', (req, res) => {
    const { actor } = locals(res);
    const roomId = queryString(req, 'roomId');
    const personId = queryString(req, 'personId');
    const personEmail = queryString(req, 'personEmail')?.toLowerCase();
    let list: MembershipRecord[];
    if (roomId) {
      if (!memberRoom(state, actor, roomId)) {
        sendWebexError(res, 404, ROOM_NOT_FOUND);
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
    const room = memberRoom(state, actor, body.roomId);
    if (!room) {
      sendWebexError(res, 404, ROOM_NOT_FOUND);
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
    emitMembership(state, dispatcher, 'created', m, actor.id);
    res.status(200).json(membershipView(state, m));
  });

  router.delete('/memberships/:membershipId', (req, res) => {
    const { actor } = locals(res);
    const m = state.memberships.get(req.params.membershipId);
    if (!m || !state.membershipOf(m.roomId, actor.id)) {
      sendWebexError(res, 404, 'Membership not found.');
      return;
    }
    emitMembership(state, dispatcher, 'deleted', m, actor.id);
    state.memberships.delete(m.id);
    res.status(204).end();
  });

  return router;
}
