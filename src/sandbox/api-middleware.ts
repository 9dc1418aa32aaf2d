import type { NextFunction, Request, Response } from 'express';
import { locals, newTrackingId, sendCcError, sendWebexError } from './http-helpers.js';
import { requiredScope } from './oauth.js';
import type { SandboxState } from './state.js';

/** One request and its answer, as the sandbox saw them (for the fidelity tests). */
export interface Exchange {
  api: 'webex' | 'contact-center';
  /** Email of the identity whose token made the request (undefined when it had no valid token). */
  actorEmail: string | undefined;
  method: string;
  path: string;
  query: Record<string, unknown>;
  requestContentType: string | undefined;
  requestBody: unknown;
  status: number;
  responseContentType: string | undefined;
  responseBody: unknown;
  /** When the request arrived and when its answer was sent (ms since the epoch; benchmarks). */
  receivedAt: number;
  answeredAt: number;
}

export type ApiName = Exchange['api'];

const UNAUTHORIZED = 'The request requires a valid access token set in the Authorization request header.';

/**
 * A tracking id header on every answer, the count of requests in flight, and (when `exchanges` is
 * given) the recorder of every exchange.
 */
export function trackRequests(api: ApiName, inFlight: Map<string, number>, exchanges: Exchange[] | undefined) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const supplied = req.get('TrackingID');
    const trackingId =
      supplied && /^[\w:.-]{1,128}$/.test(supplied) ? supplied : newTrackingId(api === 'webex' ? 'ROUTER' : 'ccconfig');
    res.locals.trackingId = trackingId;
    res.setHeader('Trackingid', trackingId);
    const key = `${req.method} ${req.baseUrl}${req.path}`;
    inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
    res.on('close', () => inFlight.set(key, (inFlight.get(key) ?? 1) - 1));
    res.setHeader('Cache-Control', 'no-cache');
    if (exchanges) {
      const receivedAt = Date.now();
      const originalJson = res.json.bind(res);
      let responseBody: unknown;
      res.json = (body: unknown) => {
        responseBody = body;
        return originalJson(body);
      };
      // 'close' also fires when the client went away before the answer (a killed bot): record it too.
      res.on('close', () => {
        exchanges.push({
          api,
          actorEmail: (res.locals as { actor?: { emails: string[] } }).actor?.emails[0],
          method: req.method,
          path: req.baseUrl + req.path,
          query: { ...req.query },
          requestContentType: req.get('content-type'),
          requestBody: req.body,
          status: res.statusCode,
          responseContentType: res.get('content-type') as string | undefined,
          responseBody,
          receivedAt,
          answeredAt: Date.now(),
        });
      });
    }
    next();
  };
}

/** The bearer token's identity becomes the request's actor; a missing token or scope is refused. */
export function authenticate(api: ApiName, state: SandboxState) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const actor = match ? state.identityForToken(match[1]!) : undefined;
    if (!actor) {
      if (api === 'webex') sendWebexError(res, 401, UNAUTHORIZED);
      else sendCcError(res, 401, UNAUTHORIZED);
      return;
    }
    locals(res).actor = actor;
    locals(res).org = state.organizationOf(actor);
    // SCIM is mounted outside /v1: its scope is decided on the full path.
    const scopePath = req.baseUrl.startsWith('/identity/') ? req.baseUrl + req.path : req.path;
    const scope = requiredScope(api, req.method, scopePath);
    // Scopes are narrowed on the identity's own organisation's OAuth side.
    if (scope && !locals(res).org.oauth.hasScope(actor.id, scope)) {
      const reason = `The server understood the request, but refused to fulfill it because the access token is missing required scopes (${scope}).`;
      if (api === 'webex') sendWebexError(res, 403, reason);
      else sendCcError(res, 403, reason);
      return;
    }
    next();
  };
}
