import { Router } from 'express';
import { locals, queryString, sendWebexError } from '../http-helpers.js';
import type { LicenseRecord } from '../model.js';
import { CONTACT_CENTER_OFFERS, nowIso, type SandboxState } from '../state.js';
import { FORBIDDEN } from './people.js';

function licenseView(state: SandboxState, license: LicenseRecord): Record<string, unknown> {
  const used = state.consumedUnits(license.id);
  return {
    id: license.id,
    name: license.name,
    totalUnits: license.totalUnits,
    consumedUnits: used,
    consumedByUsers: used,
    consumedByWorkspaces: 0,
    subscriptionId: license.subscriptionId,
  };
}

interface LicenseOperation {
  id?: unknown;
  operation?: unknown;
}

export function licensesRouter(state: SandboxState): Router {
  const router = Router();

  // Admin OpenAPI "List Licenses": "List all licenses for a given organization" (the token's own
  // organisation unless a partner names another with `orgId`; the sandbox models no partner access).
  router.get('/licenses', (_req, res) => {
    const { actor, org } = locals(res);
    if (!state.isAdmin(actor)) {
      sendWebexError(res, 403, FORBIDDEN);
      return;
    }
    res.status(200).json({ items: org.licenses.map((l) => licenseView(state, l)) });
  });

  // Another organisation's license is answered as an unknown id (no source says otherwise).
  router.get('/licenses/:licenseId', (req, res) => {
    const { actor, org } = locals(res);
    if (!state.isAdmin(actor)) {
      sendWebexError(res, 403, FORBIDDEN);
      return;
    }
    const license = org.licenses.find((l) => l.id === req.params.licenseId);
    if (!license) {
      sendWebexError(res, 404, 'License not found.');
      return;
    }
    const view = licenseView(state, license);
    if (queryString(req, 'includeAssignedTo') === 'user') {
      const limit = Math.min(Number(queryString(req, 'limit') ?? 300) || 300, 300);
      view.users = [...state.people.values()]
        .filter((p) => p.licenses.includes(license.id))
        .slice(0, limit)
        .map((p) => ({ id: p.id, type: 'INTERNAL', displayName: p.displayName, email: p.emails[0] }));
    }
    res.status(200).json(view);
  });

  router.patch('/licenses/users', (req, res) => {
    const { actor, org } = locals(res);
    if (!state.canManageUsers(actor)) {
      sendWebexError(res, 403, FORBIDDEN);
      return;
    }
    const body = (req.body ?? {}) as { email?: unknown; personId?: unknown; orgId?: unknown; licenses?: unknown };
    if (typeof body.email !== 'string' && typeof body.personId !== 'string') {
      sendWebexError(res, 400, 'Either email or personId is required.');
      return;
    }
    if (body.orgId !== undefined && body.orgId !== org.orgId) {
      sendWebexError(res, 403, FORBIDDEN);
      return;
    }
    const person =
      typeof body.personId === 'string'
        ? state.people.get(body.personId)
        : state.findPersonByEmail(body.email as string);
    if (
      person?.kind !== 'person' ||
      !org.owns(person) ||
      (typeof body.email === 'string' && !person.emails.includes(body.email.toLowerCase()))
    ) {
      sendWebexError(res, 404, 'Person not found.');
      return;
    }
    const operations = Array.isArray(body.licenses) ? (body.licenses as LicenseOperation[]) : [];
    const unknown = operations.filter((op) => typeof op?.id !== 'string' || !org.licenses.some((l) => l.id === op.id));
    if (unknown.length > 0) {
      sendWebexError(res, 400, 'License assignment failed', {
        errorCode: 400000,
        descriptions: unknown.map((op) => `License ${String(op?.id)} is not recognized.`),
      });
      return;
    }
    if (operations.some((op) => op.operation !== undefined && op.operation !== 'add' && op.operation !== 'remove')) {
      sendWebexError(res, 400, 'operation must be "add" or "remove".');
      return;
    }
    const failures: { code: number; description: string }[] = [];
    let applied = 0;
    // Removals first, so that a swap in one request can reuse the released seat.
    for (const op of operations.filter((o) => o.operation === 'remove')) {
      const id = op.id as string;
      if (person.licenses.includes(id)) {
        state.setLicenses(
          person,
          person.licenses.filter((l) => l !== id),
        );
      }
      applied += 1;
    }
    for (const op of operations.filter((o) => o.operation !== 'remove')) {
      const id = op.id as string;
      const license = state.licenses.find((l) => l.id === id)!;
      if (person.licenses.includes(id)) {
        applied += 1;
        continue;
      }
      const group = CONTACT_CENTER_OFFERS as readonly string[];
      if (group.includes(license.offer) && person.licenses.some((held) => group.includes(state.offerOf(held) ?? ''))) {
        failures.push({
          code: 400413,
          description: `Only one Contact Center agent license can be assigned; ${license.name} could not be applied.`,
        });
        continue;
      }
      if (!state.hasFreeSeat(id)) {
        failures.push({ code: 700000, description: `No units of ${license.name} are available in the subscription.` });
        continue;
      }
      state.setLicenses(person, [...person.licenses, id]);
      applied += 1;
    }
    person.lastModified = nowIso();
    if (failures.length > 0 && applied === 0) {
      const trackingId = locals(res).trackingId;
      res.status(400).json({
        message: 'License assignment failed',
        errors: failures.map((f) => ({ errorCode: f.code, description: f.description })),
        trackingId,
      });
      return;
    }
    res.status(failures.length > 0 ? 206 : 200).json({
      orgId: org.orgId,
      personId: person.id,
      email: person.emails[0],
      licenses: [...person.licenses],
      siteUrls: [],
    });
  });

  router.get('/roles', (_req, res) => {
    if (!state.isAdmin(locals(res).actor)) {
      sendWebexError(res, 403, FORBIDDEN);
      return;
    }
    res.status(200).json({ items: state.roles.map((r) => ({ id: r.id, name: r.name })) });
  });

  router.get('/roles/:roleId', (req, res) => {
    if (!state.isAdmin(locals(res).actor)) {
      sendWebexError(res, 403, FORBIDDEN);
      return;
    }
    const role = state.roles.find((r) => r.id === req.params.roleId);
    if (!role) {
      sendWebexError(res, 404, 'Role not found.');
      return;
    }
    res.status(200).json({ id: role.id, name: role.name });
  });

  return router;
}
