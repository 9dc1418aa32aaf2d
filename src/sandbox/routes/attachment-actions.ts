import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { encodeHydraId } from '../../webex/hydra-id.js';
import type { WebhookDispatcher } from '../deliveries.js';
import { locals, sendWebexError } from '../http-helpers.js';
import { nowIso, type SandboxState } from '../state.js';
import { MESSAGE_NOT_FOUND } from './space-access.js';

/** Card submissions (`/attachment/actions`): heard by the card's author, readable by it and the submitter. */
export function attachmentActionsRouter(state: SandboxState, dispatcher: WebhookDispatcher): Router {
  const router = Router();

  router.post('/attachment/actions', (req, res) => {
    const { actor } = locals(res);
    const body = (req.body ?? {}) as { type?: unknown; messageId?: unknown; inputs?: unknown };
    if (body.type !== 'submit') {
      sendWebexError(res, 400, 'type must be "submit".');
      return;
    }
    const message = typeof body.messageId === 'string' ? state.messages.get(body.messageId) : undefined;
    if (!message || !state.membershipOf(message.roomId, actor.id)) {
      sendWebexError(res, 404, MESSAGE_NOT_FOUND);
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
