import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { PersonRecord } from './model.js';
import type { SandboxOrganization } from './organization.js';

/** The identity a request's bearer token belongs to, and its organisation, set by the auth middleware. */
export interface SandboxLocals {
  actor: PersonRecord;
  /** The token's organisation: a token acts only in it. */
  org: SandboxOrganization;
  trackingId: string;
}

export function locals(res: Response): SandboxLocals {
  return res.locals as SandboxLocals;
}

export function newTrackingId(prefix = 'ROUTER'): string {
  return `${prefix}_${randomUUID()}`;
}

/** Webex's error body: `{message, errors: [{description}], trackingId}`. */
export function sendWebexError(
  res: Response,
  status: number,
  message: string,
  extra: { errorCode?: number; descriptions?: string[]; retryAfterSeconds?: number } = {},
): void {
  const trackingId = (res.locals.trackingId as string | undefined) ?? newTrackingId();
  const descriptions = extra.descriptions ?? [message];
  const errors = descriptions.map((description) =>
    extra.errorCode === undefined ? { description } : { errorCode: extra.errorCode, description },
  );
  if (extra.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(extra.retryAfterSeconds));
  res.status(status).json({ message, errors, trackingId });
}

/** A reference in a Contact Center error (`references: [{id, name}]`, as the API's 412 examples show). */
export interface CcErrorReference {
  id: string;
  name: string;
}

/**
 * The Contact Center API's error body (`ApiErrorResponse`): `{trackingId, error: {key, reason, message:
 * [{description, ...}]}}`, one message per problem.
 */
export function ccErrorBody(
  trackingId: string,
  status: number,
  reason: string | string[],
  extra: { entity?: string; references?: CcErrorReference[] } = {},
): { trackingId: string; error: { key: string; reason: string; message: Record<string, unknown>[] } } {
  const descriptions = Array.isArray(reason) ? reason : [reason];
  return {
    trackingId,
    error: {
      key: String(status),
      reason: descriptions.join(' '),
      message: descriptions.map((description) => ({
        description,
        ...(extra.entity ? { entity: extra.entity } : {}),
        ...(extra.references ? { references: extra.references } : {}),
      })),
    },
  };
}

export function sendCcError(
  res: Response,
  status: number,
  reason: string | string[],
  retryAfterSeconds?: number,
  extra: { entity?: string; references?: CcErrorReference[] } = {},
): void {
  const trackingId = (res.locals.trackingId as string | undefined) ?? newTrackingId('ccconfig');
  if (retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(retryAfterSeconds));
  res.status(status).json(ccErrorBody(trackingId, status, reason, extra));
}

export function publicBase(req: Request): string {
  return `${req.protocol}://${req.get('host')}`;
}

export function queryString(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return undefined;
}

export function queryBool(req: Request, name: string): boolean {
  return queryString(req, name) === 'true';
}

/**
 * One page of a list, with a `Link: <...>; rel="next"` header when more follow. The cursor is an
 * opaque offset; `max` above the cap is clamped, as Webex does.
 */
export function sendPage<T>(
  req: Request,
  res: Response,
  all: T[],
  options: { defaultMax: number; cap: number; extra?: Record<string, unknown> },
): void {
  const maxParam = Number(queryString(req, 'max') ?? options.defaultMax);
  if (!Number.isFinite(maxParam) || maxParam < 1) {
    sendWebexError(res, 400, 'The max parameter must be a positive number.');
    return;
  }
  const max = Math.min(Math.floor(maxParam), options.cap);
  const cursor = queryString(req, 'cursor');
  let offset = 0;
  if (cursor !== undefined) {
    offset = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Number.isInteger(offset) || offset < 0) {
      sendWebexError(res, 400, 'Invalid cursor.');
      return;
    }
  }
  const items = all.slice(offset, offset + max);
  if (offset + max < all.length) {
    const url = new URL(req.originalUrl, publicBase(req));
    url.searchParams.set('cursor', Buffer.from(String(offset + max), 'utf8').toString('base64url'));
    url.searchParams.set('max', String(max));
    res.setHeader('Link', `<${url.toString()}>; rel="next"`);
  }
  res.status(200).json({ items, ...(options.extra ?? {}) });
}
