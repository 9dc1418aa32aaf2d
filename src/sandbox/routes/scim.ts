import { type Response, Router } from 'express';
import { hydraKey } from '../../webex/hydra-id.js';
import { locals } from '../http-helpers.js';
import type { PersonRecord } from '../model.js';
import type { SandboxOrganization } from '../organization.js';
import { nowIso, type SandboxState } from '../state.js';

/**
 * SCIM 2 users of Webex Identity (admin OpenAPI `webex-admin.json`, tags "SCIM 2 Users" and "Bulk Manage
 * SCIM 2 Users and Groups"), mounted at `/identity/scim/{orgId}/v2`. The SCIM view and the People view are
 * one record: a role changed here shows in `GET /people` (as the role's Hydra id) and everything the SCIM
 * request does not name (phone numbers, calling extension, location, licenses) is left as it was.
 * Only what the bot uses is modelled: reading one user, PATCH of `roles`, and Bulk of such PATCHes.
 */

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const BULK_REQUEST = 'urn:ietf:params:scim:api:messages:2.0:BulkRequest';
const BULK_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:BulkResponse';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
/** "The maximum number of operations in a request is 100; an error is thrown if the limit is exceeded." (User bulk API) */
export const SCIM_BULK_MAX = 100;

const ROLE_NAMES: Record<string, string> = {
  id_full_admin: 'Full administrator',
  id_user_admin: 'User administrator',
  id_readonly_admin: 'Read-only administrator',
  id_device_admin: 'Device administrator',
};

interface ScimFailure {
  status: number;
  detail: string;
  scimType?: string;
}

/** SCIM's error body (RFC 7644 §3.12, which the SCIM 2 API follows), with Webex's trackingId beside it. */
function errorBody(res: Response, failure: ScimFailure): Record<string, unknown> {
  return {
    schemas: [ERROR],
    status: String(failure.status),
    ...(failure.scimType ? { scimType: failure.scimType } : {}),
    detail: failure.detail,
    message: failure.detail,
    errors: [{ description: failure.detail }],
    trackingId: locals(res).trackingId,
  };
}

function sendScimError(res: Response, failure: ScimFailure): void {
  res.status(failure.status).json(errorBody(res, failure));
}

export function scimUserView(state: SandboxState, person: PersonRecord): Record<string, unknown> {
  const base = `/identity/scim/${state.organizationOf(person).orgUuid}/v2/Users/${person.uuid}`;
  return {
    schemas: [
      'urn:ietf:params:scim:schemas:core:2.0:User',
      'urn:scim:schemas:extension:cisco:webexidentity:2.0:User',
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
    ],
    id: person.uuid,
    userName: person.emails[0],
    active: person.loginEnabled,
    ...(person.firstName || person.lastName
      ? {
          name: {
            ...(person.lastName ? { familyName: person.lastName } : {}),
            ...(person.firstName ? { givenName: person.firstName } : {}),
          },
        }
      : {}),
    displayName: person.displayName,
    emails: person.emails.map((value, i) => ({ value, type: 'work', ...(i === 0 ? { primary: true } : {}) })),
    userType: 'user',
    roles: person.roles
      .map((id) => hydraKey(id, 'ROLE'))
      .filter((key): key is string => key !== undefined)
      .map((key) => ({ value: key, type: 'cirole', display: ROLE_NAMES[key] ?? key })),
    // The extension is not a SCIM phone number (People lists it as `work_extension`).
    phoneNumbers: person.phoneNumbers
      .filter((n) => n.type !== 'work_extension')
      .map((n) => ({ value: n.value, type: n.type === 'mobile' ? 'mobile' : 'work' })),
    meta: {
      resourceType: 'User',
      location: base,
      version: `W/"${Date.parse(person.lastModified) || 0}"`,
      created: person.created,
      lastModified: person.lastModified,
    },
  };
}

/** The person a SCIM user id names in the token's organisation, or the failure to answer with. */
function scimPerson(org: SandboxOrganization, orgId: string, userId: string): PersonRecord | ScimFailure {
  // A SCIM path names the organisation by its UUID; a token acts only in its own organisation (the admin
  // OpenAPI's SCIM paths take the caller's `orgId`), so another organisation's users are not reachable.
  if (orgId !== org.orgUuid) return { status: 403, detail: 'Access to this organization is not allowed.' };
  const person = [...org.people.values()].find((p) => p.uuid === userId && p.kind === 'person');
  if (!person) return { status: 404, detail: `User ${userId} not found.` };
  return person;
}

/**
 * Applies a PatchOp (`Update a user with PATCH`): `schemas` must name PatchOp; each operation's `op` is
 * add, replace or remove (the `PatchUser` schema's enum); only `roles` is modelled, with values of type
 * `cirole` from the role catalogue. Operations apply in order, and nothing is kept when one fails
 * ("Evaluation continues until all operations are successfully applied or until an error condition is
 * encountered"; RFC 7644 §3.5.2 makes PATCH atomic).
 */
function applyPatch(
  state: SandboxState,
  actor: PersonRecord,
  person: PersonRecord,
  body: unknown,
): ScimFailure | undefined {
  const patch = (body ?? {}) as { schemas?: unknown; Operations?: unknown };
  if (!Array.isArray(patch.schemas) || !patch.schemas.includes(PATCH_OP))
    return { status: 400, scimType: 'invalidSyntax', detail: `schemas must be ["${PATCH_OP}"].` };
  if (!Array.isArray(patch.Operations) || patch.Operations.length === 0)
    return { status: 400, scimType: 'invalidSyntax', detail: 'Operations is required.' };
  let keys = person.roles.map((id) => hydraKey(id, 'ROLE')).filter((k): k is string => k !== undefined);
  const before = new Set(keys);
  for (const raw of patch.Operations as unknown[]) {
    const op = (raw ?? {}) as { op?: unknown; path?: unknown; value?: unknown };
    const kind = typeof op.op === 'string' ? op.op.toLowerCase() : '';
    if (!['add', 'replace', 'remove'].includes(kind))
      return { status: 400, scimType: 'invalidSyntax', detail: `Unsupported op: ${String(op.op)}.` };
    if (op.path !== 'roles')
      return { status: 400, scimType: 'invalidPath', detail: `Unsupported path: ${String(op.path)}.` };
    const values = op.value === undefined && kind === 'remove' ? undefined : op.value;
    if (values !== undefined && !Array.isArray(values))
      return { status: 400, scimType: 'invalidValue', detail: 'value must be an array of roles.' };
    const wanted: string[] = [];
    for (const v of (values ?? []) as { value?: unknown; type?: unknown }[]) {
      if (typeof v?.value !== 'string' || !state.roles.some((r) => r.key === v.value))
        return { status: 400, scimType: 'invalidValue', detail: `Unknown role: ${String(v?.value)}.` };
      if (v.type !== undefined && v.type !== 'cirole')
        return { status: 400, scimType: 'invalidValue', detail: `Unsupported role type: ${String(v.type)}.` };
      wanted.push(v.value);
    }
    if (kind === 'add') keys = [...keys, ...wanted.filter((k) => !keys.includes(k))];
    else if (kind === 'replace') keys = [...new Set(wanted)];
    else keys = values === undefined ? [] : keys.filter((k) => !wanted.includes(k));
  }
  // No source says how Webex answers an administrator below Full Administrator who grants or removes it;
  // Control Hub lets only a Full Administrator do so, so the cautious answer is a refusal.
  const touchesFull = before.has('id_full_admin') !== keys.includes('id_full_admin');
  if (touchesFull && actor.kind !== 'serviceApp' && !state.isFullAdministrator(actor))
    return { status: 403, detail: 'Only a full administrator can grant or remove the full administrator role.' };
  person.roles = keys.map((key) => state.roleIdForKey(key));
  person.lastModified = nowIso();
  return undefined;
}

export function scimRouter(state: SandboxState): Router {
  const router = Router();

  // Get a user: GET /identity/scim/{orgId}/v2/Users/{userId} (scopes identity:people_rw or _read;
  // full, user, read-only or device administrators).
  router.get('/identity/scim/:orgId/v2/Users/:userId', (req, res) => {
    const { actor } = locals(res);
    if (!state.isAdmin(actor)) {
      sendScimError(res, { status: 403, detail: 'Access denied.' });
      return;
    }
    const found = scimPerson(locals(res).org, req.params.orgId, req.params.userId);
    if ('status' in found) sendScimError(res, found);
    else res.status(200).json(scimUserView(state, found));
  });

  // Update a user with PATCH: PATCH /identity/scim/{orgId}/v2/Users/{userId} (identity:people_rw; full or
  // user administrators). Answers the updated user, as the operation's 200 example shows.
  router.patch('/identity/scim/:orgId/v2/Users/:userId', (req, res) => {
    const { actor } = locals(res);
    if (!state.canManageUsers(actor)) {
      sendScimError(res, { status: 403, detail: 'Access denied.' });
      return;
    }
    const found = scimPerson(locals(res).org, req.params.orgId, req.params.userId);
    if ('status' in found) {
      sendScimError(res, found);
      return;
    }
    const failure = applyPatch(state, actor, found, req.body);
    if (failure) sendScimError(res, failure);
    else res.status(200).json(scimUserView(state, found));
  });

  // User bulk API: POST /identity/scim/{orgId}/v2/Bulk (identity:people_rw). `schemas` must name
  // BulkRequest; at most 100 operations ("an error is thrown if the limit is exceeded"; RFC 7644 §3.7.4
  // says 413, which the operation does not list, so the sandbox answers the listed 400 with scimType tooMany); each operation's `data` is the JSON text of a single PATCH body (the `BulkUser` schema types it
  // as a string). Each operation answers for itself (`status`, `location`, `method`, `bulkId`, `version`
  // as in the 200 example; a failure carries `response`, RFC 7644 §3.7.3); `failOnErrors` stops the rest
  // once that many have failed. Only PATCH of users is modelled; other methods fail alone.
  router.post('/identity/scim/:orgId/v2/Bulk', (req, res) => {
    const { actor } = locals(res);
    if (!state.canManageUsers(actor)) {
      sendScimError(res, { status: 403, detail: 'Access denied.' });
      return;
    }
    if (req.params.orgId !== locals(res).org.orgUuid) {
      sendScimError(res, { status: 403, detail: 'Access to this organization is not allowed.' });
      return;
    }
    const body = (req.body ?? {}) as { schemas?: unknown; failOnErrors?: unknown; operations?: unknown };
    if (!Array.isArray(body.schemas) || !body.schemas.includes(BULK_REQUEST)) {
      sendScimError(res, { status: 400, scimType: 'invalidSyntax', detail: `schemas must be ["${BULK_REQUEST}"].` });
      return;
    }
    if (!Array.isArray(body.operations) || body.operations.length === 0) {
      sendScimError(res, { status: 400, scimType: 'invalidSyntax', detail: 'operations is required.' });
      return;
    }
    if (body.operations.length > SCIM_BULK_MAX) {
      sendScimError(res, {
        status: 400,
        scimType: 'tooMany',
        detail: `The maximum number of operations in a request is ${SCIM_BULK_MAX}.`,
      });
      return;
    }
    const failOnErrors =
      typeof body.failOnErrors === 'number' && body.failOnErrors >= 1 ? Math.min(body.failOnErrors, 100) : undefined;
    const results: Record<string, unknown>[] = [];
    let failed = 0;
    for (const raw of body.operations as unknown[]) {
      if (failOnErrors !== undefined && failed >= failOnErrors) break;
      const op = (raw ?? {}) as { method?: unknown; path?: unknown; data?: unknown; bulkId?: unknown };
      const method = typeof op.method === 'string' ? op.method : '';
      const bulkId = typeof op.bulkId === 'string' ? { bulkId: op.bulkId } : {};
      const fail = (f: ScimFailure) => {
        failed += 1;
        results.push({ method, ...bulkId, status: String(f.status), response: errorBody(res, f) });
      };
      const match = typeof op.path === 'string' ? /^\/Users\/([^/]+)$/.exec(op.path) : null;
      if (method !== 'PATCH' || !match) {
        fail({
          status: 400,
          scimType: 'invalidSyntax',
          detail: `Unsupported operation: ${method} ${String(op.path)}.`,
        });
        continue;
      }
      let data: unknown;
      try {
        data = typeof op.data === 'string' ? JSON.parse(op.data) : op.data;
      } catch {
        fail({ status: 400, scimType: 'invalidSyntax', detail: 'data is not valid JSON.' });
        continue;
      }
      const found = scimPerson(locals(res).org, req.params.orgId, match[1]!);
      if ('status' in found) {
        fail(found);
        continue;
      }
      const failure = applyPatch(state, actor, found, data);
      if (failure) {
        fail(failure);
        continue;
      }
      const view = scimUserView(state, found);
      results.push({
        location: (view.meta as { location: string }).location,
        method,
        ...bulkId,
        version: (view.meta as { version: string }).version,
        status: '200',
      });
    }
    res.status(200).json({ schemas: [BULK_RESPONSE], Operations: results });
  });

  return router;
}
