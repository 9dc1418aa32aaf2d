import { type Msg, msg } from '../i18n/msg.js';
import { WebexApiError } from '../webex/errors.js';
import type { ApiResponse } from '../webex/http-client.js';
import { hydraKey } from '../webex/hydra-id.js';
import type {
  LicenseOperation,
  Person,
  ScimBulkResult,
  ScimRoleChange,
  ScimUser,
  UserLicensesResponse,
} from '../webex/types.js';
import {
  accessOf,
  type ContactCenterTier,
  licenseChanges,
  type OrgCatalogue,
  tierLabel,
  type UserAccess,
} from './license-model.js';

/** The Webex calls provisioning needs (the typed Webex client provides them). */
export interface PeopleApi {
  findPersonByEmail(email: string): Promise<Person | undefined>;
  getPerson(personId: string): Promise<Person>;
  createPerson(body: Record<string, unknown>): Promise<ApiResponse<Person>>;
  /** Adds and removes roles of one person through SCIM 2 PATCH; nothing else about the person changes. */
  patchPersonRoles(personId: string, change: ScimRoleChange): Promise<ApiResponse<ScimUser>>;
  /** The same for many people in one SCIM 2 Bulk request (at most 100), one answer per change, in order. */
  patchPeopleRolesInBulk(
    changes: { personId: string; change: ScimRoleChange }[],
  ): Promise<{ trackingId: string | undefined; results: (ScimBulkResult | undefined)[] }>;
  patchUserLicenses(body: {
    personId: string;
    licenses: LicenseOperation[];
  }): Promise<ApiResponse<UserLicensesResponse>>;
}

export interface UserTask {
  email: string;
  firstName?: string;
  lastName?: string;
  /** Display name for a new user (a file's Display Name column); else first and last name. */
  displayName?: string;
  personId?: string;
  action: 'create' | 'update' | 'unchanged';
  after: UserAccess;
  /** Licenses and roles the user held when the job was planned (existing users). */
  held?: AccessSnapshot;
  /**
   * Phone number given for the user. Not sent: Webex sets phone numbers only for Webex Calling users
   * (admin OpenAPI, POST /people `phoneNumbers`), and the bot never gives a Webex Calling license.
   */
  phone?: string;
  /** A previous attempt may or may not have reached Webex (a crash or an unanswered call): read first. */
  uncertain: boolean;
  /**
   * Another job changed the user after this one was planned: read first, and count only what this job
   * changes (a user found as wanted is unchanged, not created or updated).
   */
  changedElsewhere?: boolean;
  /**
   * The role change was already applied for this job (a SCIM Bulk request): `held` says the roles the
   * user holds now, and the result counts as an update with this trackingId even if licenses are as wanted.
   */
  rolesApplied?: { before: AccessSnapshot; trackingId?: string };
}

export interface AccessSnapshot {
  licenses: string[];
  roles: string[];
}

export interface UserResult {
  outcome: 'created' | 'updated' | 'unchanged' | 'failed';
  personId?: string;
  reason?: Msg;
  advice?: Msg;
  trackingId?: string;
  before?: AccessSnapshot;
  after?: AccessSnapshot;
  /** Webex did not accept the admin credential: nothing about the user is known to be wrong. */
  credentialRejected?: boolean;
  /**
   * Webex did not answer (5xx, timeouts, network, throttling beyond the client's retries): nothing
   * about the user is known to be wrong, and a write may or may not have been applied.
   */
  unavailable?: boolean;
  /**
   * Webex answered the create with an error, yet the person was found afterwards and provisioning went
   * on: Webex's status and message, kept for the record.
   */
  createAnswered?: { status?: number; message: string };
}

const CREATE_ATTEMPTS = 3;

function snapshot(person: { licenses?: string[]; roles?: string[] }): AccessSnapshot {
  return { licenses: [...(person.licenses ?? [])], roles: [...(person.roles ?? [])] };
}

/** The SCIM role value of Full Administrator (the key inside the role's Hydra id). */
export function fullAdminScimValue(catalogue: OrgCatalogue): string {
  return (catalogue.fullAdminRoleId && hydraKey(catalogue.fullAdminRoleId, 'ROLE')) || 'id_full_admin';
}

/** The SCIM change that grants or removes Full Administrator. */
export function fullAdminChange(catalogue: OrgCatalogue, grant: boolean): ScimRoleChange {
  const value = fullAdminScimValue(catalogue);
  return grant ? { add: [value], remove: [] } : { add: [], remove: [value] };
}

/** The person's roles (Hydra ids) after a SCIM change of Full Administrator answered with `scimRoles`. */
export function rolesAfterScim(roles: string[], catalogue: OrgCatalogue, scimRoles: { value: string }[]): string[] {
  const id = catalogue.fullAdminRoleId;
  if (!id) return roles;
  const holds = scimRoles.some((r) => r.value === fullAdminScimValue(catalogue));
  return [...roles.filter((r) => r !== id), ...(holds ? [id] : [])];
}

/**
 * Brings one user to the planned access with the fewest calls: licenses through one PATCH of
 * /licenses/users (add the new Contact Center license, remove the other, in one operation), the Full
 * Administrator role through one SCIM 2 PATCH that names only that role. Nothing is ever replaced as a
 * whole, so what the bot does not manage (calling numbers, extension, location) cannot be lost.
 * Creation is one POST. Before any
 * write, `beforeWrite` is awaited so the caller can record that Webex may be changed from here on.
 */
export async function provisionUser(
  api: PeopleApi,
  catalogue: OrgCatalogue,
  task: UserTask,
  beforeWrite: () => Promise<void>,
  pickLicense: (tier: ContactCenterTier) => string | undefined,
): Promise<UserResult> {
  const x: Execution = { api, catalogue, task, beforeWrite, pickLicense };
  try {
    const readFirst = task.uncertain || task.changedElsewhere === true;
    if (task.action === 'create' && !readFirst) return await createUser(x);
    let current: Person | undefined;
    if (readFirst) {
      current = await api.findPersonByEmail(task.email);
      if (!current) {
        if (task.action === 'create') return await createUser(x);
        return { outcome: 'failed', reason: msg('exec.gone', { email: task.email }), advice: msg('exec.gone.advice') };
      }
    }
    const personId = current?.id ?? task.personId!;
    // License operations are idempotent, so the state read when planning is enough to compute them.
    const known =
      current ??
      (task.held
        ? ({ id: personId, emails: [task.email], ...task.held } as unknown as Person)
        : await api.getPerson(personId));
    const result = await updateUser(x, personId, known);
    if (task.rolesApplied && !current && result.outcome !== 'failed') {
      const { before, trackingId } = task.rolesApplied;
      return {
        ...result,
        outcome: 'updated',
        before,
        ...(result.trackingId || !trackingId ? {} : { trackingId }),
      };
    }
    // A user this job created before a restart counts as created, not as updated; one that another
    // job created meanwhile counts as what this job changed.
    if (task.action === 'create' && task.uncertain && result.outcome !== 'failed')
      return { ...result, outcome: 'created' };
    return result;
  } catch (error) {
    return failure(error, task);
  }
}

/** One user's execution: the calls, the organisation's ids, the task and its hooks. */
interface Execution {
  api: PeopleApi;
  catalogue: OrgCatalogue;
  task: UserTask;
  beforeWrite: () => Promise<void>;
  pickLicense: (tier: ContactCenterTier) => string | undefined;
}

async function createUser(x: Execution): Promise<UserResult> {
  const { api, catalogue, task, beforeWrite, pickLicense } = x;
  const licenseId = task.after.tier === 'none' ? undefined : pickLicense(task.after.tier);
  const displayName = task.displayName || [task.firstName, task.lastName].filter(Boolean).join(' ') || task.email;
  // No phone numbers: Webex sets them only with a Webex Calling license (and location) in the same
  // request (admin OpenAPI, POST /people), and the bot never gives one.
  const body: Record<string, unknown> = {
    emails: [task.email],
    displayName,
    ...(task.firstName ? { firstName: task.firstName } : {}),
    ...(task.lastName ? { lastName: task.lastName } : {}),
    licenses: licenseId ? [licenseId] : [],
    roles: task.after.fullAdmin && catalogue.fullAdminRoleId ? [catalogue.fullAdminRoleId] : [],
  };
  for (let attempt = 1; ; attempt += 1) {
    await beforeWrite();
    try {
      const res = await api.createPerson(body);
      return verify(res.body, task, catalogue, res.trackingId, 'created', { licenses: [], roles: [] });
    } catch (error) {
      if (!(error instanceof WebexApiError)) throw error;
      // The admin OpenAPI notes that a create answered with an error may still have created the person:
      // look the address up before reporting anything.
      const existing = mayHaveCreated(error) ? await api.findPersonByEmail(task.email) : undefined;
      if (existing) {
        // Created by this request despite the answer, by an earlier attempt, or by someone meanwhile:
        // bring it to the planned access.
        const result = await updateUser(x, existing.id, existing);
        const answered = {
          createAnswered: { ...(error.status ? { status: error.status } : {}), message: error.message },
        };
        return result.outcome === 'failed'
          ? { ...result, ...answered }
          : { ...result, ...answered, outcome: 'created' };
      }
      if (error.code === 'conflict') return otherOrganisation(task.email, error);
      if (error.retryable && attempt < CREATE_ATTEMPTS) continue;
      throw error;
    }
  }
}

/**
 * Whether a failed create may nonetheless have created the person: anything but a refusal of the
 * credential or of the caller's rights, or throttling (Webex did not take the request in those).
 */
function mayHaveCreated(error: WebexApiError): boolean {
  return error.code !== 'unauthorized' && error.code !== 'forbidden' && error.code !== 'rate_limited';
}

async function updateUser(x: Execution, personId: string, known: Person): Promise<UserResult> {
  const { api, catalogue, task, beforeWrite, pickLicense } = x;
  const before = snapshot(known);
  const current = accessOf(known, catalogue);
  const licenses = licenseChanges(known.licenses ?? [], task.after.tier, catalogue, pickLicense);
  const roleChange = current.fullAdmin !== task.after.fullAdmin;
  if (licenses.add.length === 0 && licenses.remove.length === 0 && !roleChange) {
    return {
      outcome: task.uncertain && task.action === 'update' ? 'updated' : 'unchanged',
      personId,
      before,
      after: before,
    };
  }
  let person: Person = { ...known, id: personId };
  let trackingId: string | undefined;
  if (licenses.add.length > 0 || licenses.remove.length > 0) {
    await beforeWrite();
    const res = await api.patchUserLicenses({
      personId,
      licenses: [
        ...licenses.add.map((id) => ({ id, operation: 'add' as const })),
        ...licenses.remove.map((id) => ({ id, operation: 'remove' as const })),
      ],
    });
    person = { ...person, licenses: res.body.licenses };
    trackingId = res.trackingId;
  }
  if (roleChange) {
    // SCIM adds or removes the one role; a retry after an unanswered call changes nothing more.
    await beforeWrite();
    const res = await api.patchPersonRoles(personId, fullAdminChange(catalogue, task.after.fullAdmin));
    person = { ...person, roles: rolesAfterScim(person.roles ?? [], catalogue, res.body.roles ?? []) };
    trackingId = res.trackingId ?? trackingId;
  }
  return verify(person, task, catalogue, trackingId, 'updated', before);
}

/** Webex assigns licenses best-effort: compare what was asked with what the user now holds. */
function verify(
  person: Person,
  task: UserTask,
  catalogue: OrgCatalogue,
  trackingId: string | undefined,
  outcome: 'created' | 'updated',
  before: AccessSnapshot,
): UserResult {
  const now = accessOf(person, catalogue);
  const after = snapshot(person);
  const base = { personId: person.id, before, after, ...(trackingId ? { trackingId } : {}) };
  if (task.after.tier === 'none' && now.tier !== 'none') {
    return { ...base, outcome: 'failed', reason: msg('exec.notRemoved'), advice: msg('exec.checkAgain') };
  }
  if (task.after.tier !== 'none' && now.tier !== task.after.tier) {
    const tier = tierLabel(task.after.tier);
    return {
      ...base,
      outcome: 'failed',
      reason: msg(outcome === 'created' ? 'exec.noSeat.created' : 'exec.noSeat.updated', { tier }),
      advice: msg('advice.freeSeats', { tier }),
    };
  }
  if (now.fullAdmin !== task.after.fullAdmin) {
    return { ...base, outcome: 'failed', reason: msg('exec.roleNotApplied'), advice: msg('exec.checkAgain') };
  }
  return { ...base, outcome };
}

/**
 * The address is taken outside this organisation (often by a free trial someone created with it). Real
 * Webex's status and text for this are not documented: its own message is quoted as it came.
 */
function otherOrganisation(email: string, error: WebexApiError): UserResult {
  const said = [error.message, ...error.details.map((d) => d.description)]
    .map((text) => text.trim())
    .filter((text, index, all) => text !== '' && all.indexOf(text) === index)
    .join(' ');
  return {
    outcome: 'failed',
    reason: msg('exec.otherOrganisation', { email, message: said || String(error.status ?? error.code) }),
    advice: msg('exec.otherOrganisation.advice'),
    ...(error.trackingId ? { trackingId: error.trackingId } : {}),
  };
}

/**
 * What any Webex call can end in, whoever the user is: the credential refused (the runner waits for its
 * renewal) or Webex unavailable (the runner puts the user back in line and pauses the job).
 */
export function webexTrouble(error: unknown): UserResult | undefined {
  if (!(error instanceof WebexApiError)) return undefined;
  const trackingId = error.trackingId ? { trackingId: error.trackingId } : {};
  switch (error.code) {
    case 'unauthorized':
      return {
        outcome: 'failed',
        reason: msg('exec.credential'),
        advice: msg('exec.credential.advice'),
        credentialRejected: true,
        ...trackingId,
      };
    case 'rate_limited':
      return {
        outcome: 'failed',
        reason: msg('exec.throttled'),
        advice: msg('exec.throttled.advice'),
        unavailable: true,
        ...trackingId,
      };
    case 'server_error':
    case 'timeout':
    case 'network':
      return {
        outcome: 'failed',
        reason: msg('exec.failing', { status: String(error.status ?? error.code) }),
        advice: msg('exec.failing.advice'),
        unavailable: true,
        ...trackingId,
      };
    default:
      return undefined;
  }
}

function failure(error: unknown, task: UserTask): UserResult {
  const trouble = webexTrouble(error);
  if (trouble) return trouble;
  if (!(error instanceof WebexApiError)) {
    return {
      outcome: 'failed',
      reason: msg('exec.unexpected', { message: (error as Error).message }),
      advice: msg('exec.unexpected.advice'),
    };
  }
  const trackingId = error.trackingId ? { trackingId: error.trackingId } : {};
  switch (error.code) {
    case 'forbidden':
      return { outcome: 'failed', reason: msg('exec.forbidden'), advice: msg('exec.forbidden.advice'), ...trackingId };
    case 'not_found':
      return {
        outcome: 'failed',
        reason: msg('exec.gone', { email: task.email }),
        advice: msg('exec.gone.advice'),
        ...trackingId,
      };
    default:
      return {
        outcome: 'failed',
        reason: msg('exec.refused', { message: error.message }),
        advice: msg('exec.refused.advice'),
        ...trackingId,
      };
  }
}
