import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { encodeHydraId } from '../../webex/hydra-id.js';
import { locals, sendWebexError } from '../http-helpers.js';
import { nowIso, type SandboxState } from '../state.js';
import { FORBIDDEN } from './people.js';

/**
 * Webex's bulk activation email job: sends the activation (welcome) email again to every user of the
 * organisation whose activation is pending. The sandbox completes it at once and records who got one.
 */
export function activationEmailsRouter(state: SandboxState): Router {
  const router = Router();
  router.post('/identity/organizations/:orgId/jobs/sendActivationEmails', (req, res) => {
    const { actor, org, trackingId } = locals(res);
    if (!state.canManageUsers(actor)) {
      sendWebexError(res, 403, FORBIDDEN);
      return;
    }
    // A token acts only in its own organisation; another organisation's id is answered as an unknown one.
    if (req.params.orgId !== org.orgId && req.params.orgId !== org.orgUuid) {
      sendWebexError(res, 404, 'Organization not found.');
      return;
    }
    const pending = [...org.people.values()].filter((p) => p.kind === 'person' && p.invitePending);
    const at = nowIso();
    for (const person of pending) state.activationEmails.push({ email: person.emails[0]!, at, org: org.key });
    res.status(202).json({
      name: 'resendinviteemail',
      id: encodeHydraId('APPLICATION', `JOB_ID/${randomUUID()}`),
      trackingId,
      sourceUserId: actor.id,
      sourceCustomerId: org.orgId,
      targetCustomerId: org.orgId,
      instanceId: state.activationEmails.length,
      jobExecutionStatus: [],
      latestExecutionStatus: 'COMPLETED',
      latestExecutionExitCode: 'COMPLETED',
      counts: {
        userResendInviteSent: pending.length,
        userResendInviteFailed: 0,
        userResendInviteSkipped: 0,
        totalUsers: pending.length,
      },
    });
  });
  return router;
}
