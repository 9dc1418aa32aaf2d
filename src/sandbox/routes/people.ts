import { randomUUID } from 'node:crypto';
import { type Request, type Response, Router } from 'express';
import { encodeHydraId } from '../../webex/hydra-id.js';
import { locals, queryBool, queryString, sendPage, sendWebexError } from '../http-helpers.js';
import type { PersonRecord } from '../model.js';
import { nowIso, type SandboxState } from '../state.js';

const EMAIL_RE = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;
const MAX_IDS = 85;
const FORBIDDEN =
  'The server understood the request, but refused to fulfill it because the access token does not permit this action.';

export function personView(person: PersonRecord, withAdminFields: boolean): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: person.id,
    emails: [...person.emails],
    phoneNumbers: person.phoneNumbers.map((n) => ({ ...n })),
    displayName: person.displayName,
  };
  if (person.nickName) view.nickName = person.nickName;
  if (person.firstName !== undefined) view.firstName = person.firstName;
  if (person.lastName !== undefined) view.lastName = person.lastName;
  for (const key of ['extension', 'locationId', 'avatar', 'department', 'title', 'manager', 'managerId'] as const) {
    if (person[key] !== undefined) view[key] = person[key];
  }
  if (person.addresses) view.addresses = person.addresses.map((a) => ({ ...a }));
  if (person.siteUrls) view.siteUrls = [...person.siteUrls];
  view.orgId = person.orgId;
  if (withAdminFields) {
    view.roles = [...person.roles];
    view.licenses = [...person.licenses];
  }
  view.created = person.created;
  view.lastModified = person.lastModified;
  view.type = person.kind === 'serviceApp' ? 'appuser' : person.kind;
  if (withAdminFields) {
    // The specification types these two as the strings "true"/"false".
    view.invitePending = String(person.invitePending);
    view.loginEnabled = String(person.loginEnabled);
  }
  return view;
}

/**
 * A person of another organisation, by id: only the public profile. Admin OpenAPI "List People" says
 * admin users receive the administrative fields (`licenses`, `roles`, ...) "for the people within the
 * same org" only, and "Get Person Details" shows presence only "for people within your organization or
 * an organization you manage"; the sandbox keeps the fields any Webex user can see of another.
 */
export function publicPersonView(person: PersonRecord): Record<string, unknown> {
  const view: Record<string, unknown> = { id: person.id, emails: [...person.emails], displayName: person.displayName };
  if (person.nickName) view.nickName = person.nickName;
  if (person.firstName !== undefined) view.firstName = person.firstName;
  if (person.lastName !== undefined) view.lastName = person.lastName;
  if (person.avatar !== undefined) view.avatar = person.avatar;
  view.orgId = person.orgId;
  view.created = person.created;
  view.type = person.kind === 'serviceApp' ? 'appuser' : person.kind;
  return view;
}

interface PersonBody {
  emails?: unknown;
  displayName?: unknown;
  firstName?: unknown;
  lastName?: unknown;
  nickName?: unknown;
  phoneNumbers?: unknown;
  extension?: unknown;
  locationId?: unknown;
  avatar?: unknown;
  orgId?: unknown;
  roles?: unknown;
  licenses?: unknown;
  department?: unknown;
  manager?: unknown;
  managerId?: unknown;
  title?: unknown;
  addresses?: unknown;
  siteUrls?: unknown;
  loginEnabled?: unknown;
}

function stringArray(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return undefined;
  return value as string[];
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Checks a create/replace body; returns the problems Webex would answer 400 for. */
function validateBody(state: SandboxState, body: PersonBody, requireDisplayName: boolean): string[] {
  const problems: string[] = [];
  if (body.emails !== undefined || !requireDisplayName) {
    const emails = stringArray(body.emails);
    if (!emails || emails.length === 0) problems.push('emails: at least one email address is required.');
    else if (!emails.every((e) => EMAIL_RE.test(e))) problems.push('emails: invalid email address.');
  }
  if (requireDisplayName && typeof body.displayName !== 'string') problems.push('displayName is required.');
  if (
    !requireDisplayName &&
    ![body.displayName, body.firstName, body.lastName].some((v) => typeof v === 'string' && v !== '')
  ) {
    problems.push('At least one of displayName, firstName or lastName is required.');
  }
  for (const field of ['roles', 'licenses', 'siteUrls'] as const) {
    if (body[field] !== undefined && !stringArray(body[field])) problems.push(`${field} must be an array of strings.`);
  }
  const roles = stringArray(body.roles) ?? [];
  const unknownRoles = roles.filter((r) => !state.roles.some((role) => role.id === r));
  if (unknownRoles.length > 0) problems.push(`Invalid role id(s): ${unknownRoles.join(', ')}`);
  if (body.phoneNumbers !== undefined && !Array.isArray(body.phoneNumbers))
    problems.push('phoneNumbers must be an array.');
  return problems;
}

function applyBody(state: SandboxState, person: PersonRecord, body: PersonBody, held: string[]): void {
  const emails = stringArray(body.emails);
  if (emails) person.emails = emails.map((e) => e.toLowerCase());
  person.firstName = optionalString(body.firstName);
  person.lastName = optionalString(body.lastName);
  person.displayName =
    optionalString(body.displayName) ??
    ([person.firstName, person.lastName].filter(Boolean).join(' ') || person.emails[0]!);
  person.nickName = person.firstName;
  person.phoneNumbers = Array.isArray(body.phoneNumbers)
    ? (body.phoneNumbers as { type?: string; value?: string }[])
        .filter((n) => typeof n?.value === 'string')
        .map((n) => ({ type: n.type ?? 'work', value: n.value! }))
    : [];
  person.extension = optionalString(body.extension);
  person.locationId = optionalString(body.locationId);
  person.avatar = optionalString(body.avatar);
  person.department = optionalString(body.department);
  person.title = optionalString(body.title);
  person.manager = optionalString(body.manager);
  person.managerId = optionalString(body.managerId);
  person.addresses = Array.isArray(body.addresses) ? (body.addresses as Record<string, string>[]) : undefined;
  person.siteUrls = stringArray(body.siteUrls);
  person.roles = stringArray(body.roles) ?? [];
  state.setLicenses(person, state.grantableLicenses(stringArray(body.licenses) ?? [], held, person.orgId));
  if (typeof body.loginEnabled === 'boolean') person.loginEnabled = body.loginEnabled;
  person.lastModified = nowIso();
}

/** Whether the body gives a Webex Calling license (the seed names them "Webex Calling ..."). */
function callingLicenseIn(state: SandboxState, body: PersonBody): boolean {
  const ids = stringArray(body.licenses) ?? [];
  return ids.some((id) => /webex calling/i.test(state.licenses.find((l) => l.id === id)?.name ?? ''));
}

export function peopleRouter(state: SandboxState): Router {
  const router = Router();

  // "List People" (admin OpenAPI): "List people in your organization"; "Lookup by `email` is only
  // supported for people within the same org or where a partner admin relationship is in place" (the
  // sandbox models no partner admin relationship); "Lookup by `roles` is only supported for Admin users
  // for the people within the same org". The id list answers another organisation's ids as not found.
  router.get('/people', (req: Request, res: Response) => {
    const { actor, org } = locals(res);
    const admin = state.isAdmin(actor);
    const ids = queryString(req, 'id');
    const email = queryString(req, 'email');
    const displayName = queryString(req, 'displayName');
    const roles = queryString(req, 'roles');
    if (ids !== undefined) {
      const wanted = ids.split(',').filter(Boolean);
      if (wanted.length > MAX_IDS) {
        sendWebexError(res, 400, `The id list can hold at most ${MAX_IDS} ids.`);
        return;
      }
      const items: Record<string, unknown>[] = [];
      const notFoundIds: string[] = [];
      for (const id of wanted) {
        const person = state.people.get(id);
        if (person && org.owns(person)) items.push(personView(person, false));
        else notFoundIds.push(id);
      }
      res.status(200).json({ items, notFoundIds });
      return;
    }
    if (email === undefined && displayName === undefined && !admin) {
      sendWebexError(res, 400, 'Email, displayName, or id list should be specified.');
      return;
    }
    if (roles !== undefined && !admin) {
      sendWebexError(res, 403, FORBIDDEN);
      return;
    }
    let people: PersonRecord[];
    if (email !== undefined) {
      // The address index, so that imports of thousands of users do not scan everyone per lookup.
      const found = state.findPersonByEmail(email);
      people = found && org.owns(found) ? [found] : [];
    } else {
      people = [...org.people.values()].filter((p) => p.kind === 'person');
      if (displayName !== undefined) {
        const prefix = displayName.toLowerCase();
        people = people.filter((p) => p.displayName.toLowerCase().startsWith(prefix));
      }
    }
    if (roles !== undefined) {
      const wantedRoles = roles.split(',');
      people = people.filter((p) => p.roles.some((r) => wantedRoles.includes(r)));
    }
    const items = people.map((p) => personView(p, admin));
    sendPage(req, res, items, { defaultMax: 100, cap: 1000, extra: { notFoundIds: [] } });
  });

  router.get('/people/me', (_req, res) => {
    const { actor } = locals(res);
    res.status(200).json(personView(actor, state.isAdmin(actor)));
  });

  router.get('/people/:personId', (req, res) => {
    const { actor, org } = locals(res);
    const person = state.people.get(req.params.personId);
    if (!person) {
      sendWebexError(res, 404, 'Person not found.');
      return;
    }
    if (!org.owns(person)) {
      res.status(200).json(publicPersonView(person));
      return;
    }
    res.status(200).json(personView(person, state.isAdmin(actor)));
  });

  router.post('/people', (req, res) => {
    const { actor, org } = locals(res);
    if (!state.canManageUsers(actor)) {
      sendWebexError(res, 403, FORBIDDEN);
      return;
    }
    const body = (req.body ?? {}) as PersonBody;
    const problems = validateBody(state, body, false);
    if (problems.length > 0) {
      sendWebexError(res, 400, problems[0]!, { descriptions: problems });
      return;
    }
    if (body.orgId !== undefined && body.orgId !== org.orgId) {
      sendWebexError(res, 403, FORBIDDEN);
      return;
    }
    // Admin OpenAPI, POST /people: `phoneNumbers` are "only settable for Webex Calling", and a phone
    // number needs a Webex Calling license (and location) in the same request. Whether real Webex refuses
    // or silently drops them is not documented: the sandbox takes the cautious side and refuses.
    if (Array.isArray(body.phoneNumbers) && body.phoneNumbers.length > 0 && !callingLicenseIn(state, body)) {
      sendWebexError(res, 400, 'Phone numbers can only be set for Webex Calling users.', {
        descriptions: ['phoneNumbers: a Webex Calling license and a locationId are required to set phone numbers.'],
      });
      return;
    }
    const email = (body.emails as string[])[0]!.toLowerCase();
    const trial = state.trialAccounts.find((t) => t.email === email);
    if (trial) {
      sendWebexError(res, 409, 'User already exists in another organization.', {
        descriptions: [
          `The email address ${email} belongs to a user of another Webex organization (a trial organization created with this address). That organization must be deleted before this user can be added.`,
        ],
      });
      return;
    }
    const holder = state.findPersonByEmail(email);
    // An address is one Webex user: held in another organisation, it cannot be added here, as for the
    // trial organisations above (webex-as-it-is.md: "An address that belongs to another Webex organisation
    // (often a free trial) cannot be added"). The other organisation is not named, as in the trial case.
    if (holder && !org.owns(holder)) {
      sendWebexError(res, 409, 'User already exists in another organization.', {
        descriptions: [
          `The email address ${email} belongs to a user of another Webex organization. That user must be removed from that organization before this user can be added.`,
        ],
      });
      return;
    }
    if (holder) {
      sendWebexError(res, 409, 'User already exists.', {
        descriptions: [`A user with the email address ${email} already exists.`],
      });
      return;
    }
    const uuid = randomUUID();
    const now = nowIso();
    const person: PersonRecord = {
      uuid,
      id: encodeHydraId('PEOPLE', uuid),
      kind: 'person',
      emails: [email],
      displayName: email,
      phoneNumbers: [],
      roles: [],
      licenses: [],
      orgId: org.orgId,
      created: now,
      lastModified: now,
      invitePending: true,
      loginEnabled: true,
    };
    applyBody(state, person, { ...body, emails: [email] }, []);
    state.people.set(person.id, person);
    if (queryBool(req, 'minResponse')) res.status(200).json({ id: person.id });
    else res.status(200).json(personView(person, true));
  });

  /** The user a write targets, after checking the caller may manage users; undefined when answered. */
  const managedPerson = (req: Request, res: Response): PersonRecord | undefined => {
    const { actor, org } = locals(res);
    if (!state.canManageUsers(actor)) {
      sendWebexError(res, 403, FORBIDDEN);
      return undefined;
    }
    const person = state.people.get(String(req.params.personId));
    // Another organisation's person is answered as an unknown id. No public source says what Webex
    // answers an administrator of another organisation (without a partner relationship): this 404 is the
    // sandbox's choice, so an id tells nothing about who holds it.
    if (person?.kind !== 'person' || !org.owns(person)) {
      sendWebexError(res, 404, 'Person not found.');
      return undefined;
    }
    return person;
  };

  router.put('/people/:personId', (req, res) => {
    const person = managedPerson(req, res);
    if (!person) return;
    const body = (req.body ?? {}) as PersonBody;
    const problems = validateBody(state, body, true);
    if (problems.length > 0) {
      sendWebexError(res, 400, problems[0]!, { descriptions: problems });
      return;
    }
    const newEmail = stringArray(body.emails)?.[0]?.toLowerCase();
    if (newEmail && newEmail !== person.emails[0]) {
      const other = state.findPersonByEmail(newEmail);
      if ((other && other.id !== person.id) || state.trialAccounts.some((t) => t.email === newEmail)) {
        sendWebexError(res, 409, 'User already exists.', {
          descriptions: [`The email address ${newEmail} is already in use.`],
        });
        return;
      }
    }
    // Licenses being released must not count against seats being taken in the same request.
    const held = [...person.licenses];
    const previousEmails = [...person.emails];
    state.setLicenses(person, []);
    applyBody(state, person, body, held);
    state.people.reindex(person, previousEmails);
    if (queryBool(req, 'minResponse')) res.status(204).end();
    else res.status(200).json(personView(person, true));
  });

  router.delete('/people/:personId', (req, res) => {
    const person = managedPerson(req, res);
    if (!person) return;
    state.people.delete(person.id);
    state.forgetSeatCounts();
    for (const [token, id] of state.tokens) if (id === person.id) state.tokens.delete(token);
    for (const [id, m] of state.memberships) if (m.personId === person.id) state.memberships.delete(id);
    // Deleting a user in Control Hub deletes the Contact Center user too.
    const cc = state.organizationOf(person).contactCenter;
    const ccUser = cc.userByCiId(person.uuid);
    if (ccUser) cc.users.delete(ccUser.id);
    res.status(204).end();
  });

  return router;
}

export { FORBIDDEN };
