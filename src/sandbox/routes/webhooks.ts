import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { encodeHydraId } from '../../webex/hydra-id.js';
import { locals, queryString, sendPage, sendWebexError } from '../http-helpers.js';
import type { WebhookRecord } from '../model.js';
import { nowIso, type SandboxState } from '../state.js';

export const WEBHOOK_RESOURCES = [
  'attachmentActions',
  'dataSources',
  'memberships',
  'messages',
  'rooms',
  'meetings',
  'recordings',
  'convergedRecordings',
  'meetingParticipants',
  'meetingTranscripts',
  'telephony_calls',
  'telephony_conference',
  'telephony_mwi',
  'uc_counters',
  'serviceApp',
  'adminBatchJobs',
];
export const WEBHOOK_EVENTS = [
  'created',
  'updated',
  'deleted',
  'started',
  'ended',
  'joined',
  'left',
  'migrated',
  'authorized',
  'deauthorized',
  'statusChanged',
];

function webhookView(state: SandboxState, hook: WebhookRecord): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: hook.id,
    name: hook.name,
    targetUrl: hook.targetUrl,
    resource: hook.resource,
    event: hook.event,
  };
  if (hook.filter) view.filter = hook.filter;
  if (hook.secret) view.secret = hook.secret;
  view.status = hook.status;
  view.created = hook.created;
  view.ownedBy = 'creator';
  view.orgId = state.people.get(hook.ownerId)?.orgId ?? state.orgId;
  view.createdBy = hook.ownerId;
  view.appId = 'Y2lzY29zcGFyazovL3VzL0FQUExJQ0FUSU9OL3NhbmRib3g';
  return view;
}

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function webhooksRouter(state: SandboxState): Router {
  const router = Router();

  const owned = (ownerId: string, id: string): WebhookRecord | undefined => {
    const hook = state.webhooks.get(id);
    return hook && hook.ownerId === ownerId ? hook : undefined;
  };

  router.get('/webhooks', (req, res) => {
    const { actor } = locals(res);
    const ownedBy = queryString(req, 'ownedBy');
    const list = [...state.webhooks.values()].filter((h) => h.ownerId === actor.id && ownedBy !== 'org');
    sendPage(
      req,
      res,
      list.map((h) => webhookView(state, h)),
      { defaultMax: 100, cap: 1000 },
    );
  });

  router.post('/webhooks', (req, res) => {
    const { actor } = locals(res);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const problems: string[] = [];
    if (typeof body.name !== 'string' || body.name === '') problems.push('name is required.');
    if (!isHttpUrl(body.targetUrl)) problems.push('targetUrl must be an http or https URL.');
    // "all" is not in the specification's enums, but Webex accepts it (the bot framework's firehose).
    if (typeof body.resource !== 'string' || ![...WEBHOOK_RESOURCES, 'all'].includes(body.resource))
      problems.push('resource is missing or unknown.');
    if (typeof body.event !== 'string' || ![...WEBHOOK_EVENTS, 'all'].includes(body.event))
      problems.push('event is missing or unknown.');
    if (body.filter !== undefined && typeof body.filter !== 'string') problems.push('filter must be a string.');
    if (body.secret !== undefined && typeof body.secret !== 'string') problems.push('secret must be a string.');
    if (problems.length > 0) {
      sendWebexError(res, 400, problems[0]!, { descriptions: problems });
      return;
    }
    const hook: WebhookRecord = {
      id: encodeHydraId('WEBHOOK', randomUUID()),
      name: body.name as string,
      targetUrl: body.targetUrl as string,
      resource: body.resource as string,
      event: body.event as string,
      filter: (body.filter as string | undefined) || undefined,
      secret: (body.secret as string | undefined) || undefined,
      status: 'active',
      created: nowIso(),
      ownerId: actor.id,
      consecutiveFailures: 0,
    };
    state.webhooks.set(hook.id, hook);
    res.status(200).json(webhookView(state, hook));
  });

  router.get('/webhooks/:webhookId', (req, res) => {
    const hook = owned(locals(res).actor.id, req.params.webhookId);
    if (!hook) {
      sendWebexError(res, 404, 'Webhook not found.');
      return;
    }
    res.status(200).json(webhookView(state, hook));
  });

  router.put('/webhooks/:webhookId', (req, res) => {
    const hook = owned(locals(res).actor.id, req.params.webhookId);
    if (!hook) {
      sendWebexError(res, 404, 'Webhook not found.');
      return;
    }
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (typeof body.name !== 'string' || !isHttpUrl(body.targetUrl)) {
      sendWebexError(res, 400, 'name and targetUrl are required.');
      return;
    }
    if (body.status !== undefined && body.status !== 'active') {
      sendWebexError(res, 400, 'status can only be set to "active".');
      return;
    }
    hook.name = body.name;
    hook.targetUrl = body.targetUrl;
    if (typeof body.secret === 'string') hook.secret = body.secret;
    if (body.status === 'active') {
      hook.status = 'active';
      hook.consecutiveFailures = 0;
    }
    res.status(200).json(webhookView(state, hook));
  });

  router.delete('/webhooks/:webhookId', (req, res) => {
    const hook = owned(locals(res).actor.id, req.params.webhookId);
    if (!hook) {
      sendWebexError(res, 404, 'Webhook not found.');
      return;
    }
    state.webhooks.delete(hook.id);
    res.status(204).end();
  });

  return router;
}
