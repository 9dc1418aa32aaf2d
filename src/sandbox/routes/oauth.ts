import express, { Router } from 'express';
import { newTrackingId } from '../http-helpers.js';
import type { SandboxState } from '../state.js';

/**
 * `POST /v1/access_token`: the OAuth token endpoint, form-encoded as Webex takes it. No bearer token:
 * the client id and secret authenticate the call. Errors carry OAuth's `error` code beside Webex's
 * `message`.
 */
export function oauthRouter(state: SandboxState): Router {
  const router = Router();
  router.post('/access_token', express.urlencoded({ extended: false }), (req, res) => {
    const trackingId = (res.locals.trackingId as string | undefined) ?? newTrackingId();
    res.setHeader('Cache-Control', 'no-store');
    const form = (req.body ?? {}) as Record<string, string | undefined>;
    const outcome = state.refreshAccessToken(form);
    if (!outcome.ok) {
      res.status(outcome.status).json({
        error: outcome.error,
        error_description: outcome.description,
        message: outcome.description,
        errors: [{ description: outcome.description }],
        trackingId,
      });
      return;
    }
    res.json(outcome.pair);
  });
  return router;
}
