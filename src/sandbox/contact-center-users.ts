import type { CatalogueKind } from './contact-center-catalogue.js';
import type { ContactCenterSim } from './contact-center-sim.js';
import type { CcUserRecord } from './model.js';

/** The user fields that give an agent its settings, and the kind of record each refers to. */
const SETTING_FIELDS = [
  ['siteId', 'site'],
  ['agentProfileId', 'agent-profile'],
  ['multimediaProfileId', 'multimedia-profile'],
  ['skillProfileId', 'skill-profile'],
] as const satisfies readonly (readonly [keyof CcUserRecord, CatalogueKind])[];

/** `UserDTO.required`. */
const REQUIRED_FOR_PUT = [
  'active',
  'ciUserId',
  'contactCenterEnabled',
  'email',
  'firstName',
  'lastName',
  'userProfileId',
];

/** Fields the OpenAPI's `UserDTO` says "Can be changed using Users Management in Cisco Webex Control Hub". */
const CONTROL_HUB_FIELDS = ['firstName', 'lastName', 'email', 'active'] as const;

/**
 * The text of `UserDTO.userProfileId` in the Contact Center OpenAPI: the profile type follows the
 * license and roles in Control Hub.
 */
export const PROFILE_CHANGE_REFUSED =
  'userProfileId: as of today, changing the profile type for a user is supported only from Cisco Webex Control Hub.';

export type UserWriteOutcome = { ok: true } | { ok: false; status: 400 | 412; descriptions: string[] };

/**
 * One write to a Contact Center user: `PUT /organization/{orgid}/user/{id}` (the whole user: a setting
 * field left out is cleared) or a partial update (`PATCH .../user/{id}` and each item of `PATCH
 * .../user/bulk`: only the fields given change, and null clears one, as the bulk operation's request
 * body description says). Checked as a whole before anything changes; every problem is reported.
 *
 * Checks, with their source (Contact Center OpenAPI `UserDTO` unless said otherwise):
 * - `ciUserId` "cannot be modified"; first and last name, email and `active` "can be changed using Users
 *   Management in Cisco Webex Control Hub" (no source says whether the API refuses or ignores a
 *   different value: the sandbox refuses it, the cautious reading for a client);
 * - `userProfileId`: changing it is "supported only from Cisco Webex Control Hub" (refused, any change);
 * - `siteId`, `teamIds`, `agentProfileId`, `multimediaProfileId`, `skillProfileId` must exist in the
 *   organisation (the text "siteId: not found for given orgId." is the OpenAPI's own example of a bulk
 *   item's error), are "applicable only when contactCenterEnabled is true", and `teamIds` cannot name a
 *   capacity-based team ("You can't assign this profile to a capacity-based team").
 * - No version check: the OpenAPI documents no 409 for these operations, and its 412 means "Resource
 *   referred in other entity(s)", not a version clash; a write with an old `version` is accepted (the
 *   last write wins). The older users API (`userProfileWrites: 'accepted'`) answered 412, and still does.
 */
export function writeUser(
  sim: ContactCenterSim,
  user: CcUserRecord,
  body: Record<string, unknown>,
  kind: 'put' | 'patch',
  at = Date.now(),
): UserWriteOutcome {
  const problems: string[] = [];
  const legacy = sim.userProfileWrites === 'accepted';
  const given = (field: string) => Object.hasOwn(body, field) && body[field] !== undefined;

  if (kind === 'put') {
    const missing = REQUIRED_FOR_PUT.filter((field) => body[field] === undefined || body[field] === null);
    if (missing.length > 0)
      return { ok: false, status: 400, descriptions: [`Missing required field(s): ${missing.join(', ')}.`] };
    if (legacy && typeof body.version === 'number' && body.version !== user.version)
      return {
        ok: false,
        status: 412,
        descriptions: [
          `The user was changed meanwhile (version ${user.version}, request had ${body.version}). Read it again and retry.`,
        ],
      };
  }
  if (given('id') && body.id !== user.id) problems.push('id: does not match the user being updated.');
  if (given('ciUserId') && body.ciUserId !== user.ciUserId) problems.push('ciUserId: cannot be modified.');
  for (const field of CONTROL_HUB_FIELDS)
    if (given(field) && body[field] !== user[field])
      problems.push(`${field}: can be changed using Users Management in Cisco Webex Control Hub.`);

  let newProfileId: string | undefined;
  if (given('userProfileId') && body.userProfileId !== user.userProfileId) {
    const wanted = sim.profiles.find((p) => p.id === body.userProfileId);
    if (legacy && wanted) newProfileId = wanted.id;
    else if (legacy) problems.push('userProfileId: not found for given orgId.');
    else problems.push(PROFILE_CHANGE_REFUSED);
  }

  let enabled = user.contactCenterEnabled;
  if (given('contactCenterEnabled')) {
    if (typeof body.contactCenterEnabled !== 'boolean') problems.push('contactCenterEnabled: must be true or false.');
    else enabled = body.contactCenterEnabled;
  }

  // What each setting becomes: kept (a partial update that leaves it out), cleared, or set.
  const next: Partial<Pick<CcUserRecord, 'siteId' | 'agentProfileId' | 'multimediaProfileId' | 'skillProfileId'>> &
    Pick<CcUserRecord, 'teamIds'> = { teamIds: user.teamIds };
  const changing: string[] = [];
  const catalogue = sim.catalogue;
  for (const [field, recordKind] of SETTING_FIELDS) {
    const value = body[field];
    if (value === undefined && kind === 'patch') {
      if (user[field] !== undefined) next[field] = user[field];
      continue;
    }
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') {
      problems.push(`${field}: must be an id or null.`);
      continue;
    }
    if (!catalogue.mapOf(recordKind).has(value)) {
      problems.push(`${field}: not found for given orgId.`);
      continue;
    }
    next[field] = value;
    if (value !== user[field]) changing.push(field);
  }
  const teamIds = body.teamIds;
  if (teamIds === null || (teamIds === undefined && kind === 'put')) next.teamIds = [];
  else if (teamIds !== undefined) {
    if (!Array.isArray(teamIds) || !teamIds.every((t): t is string => typeof t === 'string')) {
      problems.push('teamIds: must be a list of team ids or null.');
    } else {
      for (const id of teamIds) {
        const team = catalogue.teams.get(id);
        if (!team) problems.push(`teamIds: ${id} not found for given orgId.`);
        else if (team.teamType === 'CAPACITY')
          problems.push(`teamIds: "${team.name}" is a capacity-based team, which cannot be assigned to a user.`);
      }
      next.teamIds = [...new Set(teamIds)];
      if (next.teamIds.some((t) => !user.teamIds.includes(t))) changing.push('teamIds');
    }
  }
  if (!enabled)
    for (const field of changing) problems.push(`${field}: applicable only when contactCenterEnabled is true.`);

  if (problems.length > 0) return { ok: false, status: 400, descriptions: problems };

  user.contactCenterEnabled = enabled;
  user.teamIds = next.teamIds;
  for (const [field] of SETTING_FIELDS) {
    const value = next[field];
    if (value === undefined) delete user[field];
    else user[field] = value;
  }
  if (newProfileId) sim.acceptLegacyProfileChange(user, newProfileId);
  sim.touch(user, at);
  return { ok: true };
}
