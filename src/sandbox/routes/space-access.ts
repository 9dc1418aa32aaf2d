import type { MessageRecord, PersonRecord, RoomRecord } from '../model.js';
import type { SandboxState } from '../state.js';

export const ROOM_NOT_FOUND = 'Could not find a room with provided ID.';
export const MESSAGE_NOT_FOUND = 'Could not find a message with provided ID.';

/** The room, when the caller is one of its members: Webex answers 404 alike for a room that is not theirs. */
export function memberRoom(state: SandboxState, actor: PersonRecord, roomId: unknown): RoomRecord | undefined {
  const room = typeof roomId === 'string' ? state.rooms.get(roomId) : undefined;
  return room && state.membershipOf(room.id, actor.id) ? room : undefined;
}

/** Whether a bot or person may see a message: members see a room; a bot in a group space only what mentions it. */
export function canSeeMessage(state: SandboxState, actor: PersonRecord, m: MessageRecord): boolean {
  if (!state.membershipOf(m.roomId, actor.id)) return false;
  const room = state.rooms.get(m.roomId)!;
  if (actor.kind === 'bot' && room.type === 'group')
    return m.personId === actor.id || m.mentionedPeople.includes(actor.id);
  return true;
}
