import { type Msg, msg } from '../i18n/msg.js';
import { tierLabel, type UserAccess } from '../provisioning/license-model.js';
import { type AgentField, type AgentSettings, REQUIRED_AGENT_FIELDS, toUserFields } from './agent-settings.js';
import type { CcUser } from './cc-client.js';
import type { SyncSettingsOutcome, SyncUserState } from './sync-ports.js';

/**
 * What the Contact Center should hold for a user, and what became of the settings written for them.
 */
export interface VerifyTarget {
  tier: UserAccess['tier'];
  /** The Supervisor role was wanted (given in Control Hub; only with the Premium license). */
  supervisor?: boolean;
  /** Settings to apply (a field left out is left as it is). */
  agent?: AgentSettings;
  /** applied: the Contact Center accepted them (now read back); refused: kept until others are given. */
  settings?: SyncSettingsOutcome;
  /** With `settings: 'refused'`: the verdict stored when they were refused (it quotes the Contact Center). */
  refused?: { reason: Msg; missing?: AgentField[] };
}

/** What checking a user found, and what to write for them to be ready. */
export interface Verdict {
  state: SyncUserState;
  reason: Msg;
  /** needs_settings: the settings still to be given. */
  missing?: AgentField[];
  /** The supervisor role as read: set, or waiting for the Control Hub step. */
  profile?: 'set' | 'waiting';
  /**
   * The fields to write (bulk partial update) so that the user is ready: `contactCenterEnabled` and
   * the settings. Only when the result will have every required setting.
   */
  write?: Record<string, unknown>;
  /**
   * invalid: `sync` when a synchronisation should fix it (a re-sync can help), `settings` when the
   * settings written did not hold.
   */
  fault?: 'sync' | 'settings';
}

/**
 * The profile types that fit a license: a Standard Agent license gives STANDARD_AGENT; a Premium one
 * PREMIUM_AGENT, or SUPERVISOR / ADMINISTRATOR given in Control Hub (Contact Center OpenAPI
 * `UserProfileDTO.profileType`; help 9q7agc).
 */
const EXPECTED_PROFILE: Record<'standard' | 'premium', string[]> = {
  standard: ['STANDARD_AGENT'],
  premium: ['PREMIUM_AGENT', 'SUPERVISOR', 'ADMINISTRATOR'],
};

/** The Contact Center user fields each setting is read from. */
const USER_FIELD: Record<AgentField, string> = {
  site: 'siteId',
  teams: 'teamIds',
  desktopProfile: 'agentProfileId',
  multimediaProfile: 'multimediaProfileId',
  skillProfile: 'skillProfileId',
};

/** Something a ready agent needs that the Contact Center does not show. */
type Lack = 'enabled' | AgentField;

/**
 * Judges a Contact Center user against what Control Hub and the settings say.
 *
 * pending: licensed and not there yet (or still inactive) before the deadline; or settings to write.
 * synced: ready (enabled, active, site, a team, desktop profile, every setting given, the profile type
 * that fits the license, SUPERVISOR when that role was wanted); or, without a license, absent,
 * inactive, not enabled, or an Administrator Only user (help n524f2m: administrators without a license
 * are expected there).
 * needs_settings: there, but missing settings nobody gave, settings the Contact Center refused, or a
 * supervisor waiting for the Control Hub step.
 * invalid: a real fault: licensed and still missing or inactive after the deadline, a profile type
 * that does not fit the license, settings accepted but not read back, or unlicensed and still enabled
 * and active after the deadline.
 */
export function verifyUser(target: VerifyTarget, ccUser: CcUser | undefined, deadlinePassed: boolean): Verdict {
  const { tier } = target;
  if (tier === 'none') {
    if (!ccUser) return { state: 'synced', reason: msg('verify.gone') };
    // A removed license shows as `active: false` (help n524f2m).
    if (!ccUser.active) return { state: 'synced', reason: msg('verify.goneInactive') };
    if (ccUser.userProfileType === 'ADMINISTRATOR_ONLY') return { state: 'synced', reason: msg('verify.adminOnly') };
    if (!ccUser.contactCenterEnabled) return { state: 'synced', reason: msg('verify.goneDisabled') };
    return deadlinePassed
      ? { state: 'invalid', reason: msg('verify.removedStillActive'), fault: 'sync' }
      : { state: 'pending', reason: msg('verify.removedWaiting') };
  }
  if (!ccUser) {
    return deadlinePassed
      ? { state: 'invalid', reason: msg('verify.missing'), fault: 'sync' }
      : { state: 'pending', reason: msg('verify.notYet') };
  }
  if (!ccUser.active) {
    return deadlinePassed
      ? { state: 'invalid', reason: msg('verify.inactive'), fault: 'sync' }
      : { state: 'pending', reason: msg('verify.inactiveYet') };
  }
  const type = ccUser.userProfileType;
  if (type && !EXPECTED_PROFILE[tier].includes(type)) {
    return {
      state: 'invalid',
      reason: msg('verify.wrongProfile', { profile: type, tier: tierLabel(tier) }),
      fault: 'sync',
    };
  }
  const agent = given(target.agent);
  const lacks = lacking(ccUser, agent);
  if (lacks.length === 0) {
    if (target.supervisor && tier === 'premium')
      return type === 'SUPERVISOR'
        ? { state: 'synced', reason: msg('verify.ready'), profile: 'set' }
        : { state: 'needs_settings', reason: msg('verify.supervisorWaiting'), profile: 'waiting' };
    return { state: 'synced', reason: msg('verify.ready') };
  }
  if (target.settings === 'applied')
    return { state: 'invalid', reason: msg('verify.appliedDiffers', { fields: fieldList(lacks) }), fault: 'settings' };
  // A supervisor already in the Contact Center can be given the role in Control Hub now, settings or
  // not: the admin gets the steps at once, instead of a promise to post them "once in the Contact Center".
  const role: Pick<Verdict, 'profile'> =
    target.supervisor && tier === 'premium' ? { profile: type === 'SUPERVISOR' ? 'set' : 'waiting' } : {};
  if (target.settings === 'refused' && target.refused)
    return {
      state: 'needs_settings',
      reason: target.refused.reason,
      ...(target.refused.missing ? { missing: target.refused.missing } : {}),
      ...role,
    };
  const uncovered = REQUIRED_AGENT_FIELDS.filter((f) => agent[f] === undefined && !holds(ccUser, f));
  if (uncovered.length > 0)
    return {
      state: 'needs_settings',
      reason: msg('verify.settingsNotGiven', { fields: fieldList(uncovered) }),
      missing: uncovered,
      ...role,
    };
  return {
    state: 'pending',
    reason: msg('verify.applied'),
    write: { contactCenterEnabled: true, ...toUserFields(agent) },
  };
}

/** The settings that name something (an empty team list names nothing: it leaves the teams as they are). */
function given(agent: AgentSettings | undefined): AgentSettings {
  if (!agent) return {};
  const { teams, ...rest } = agent;
  return teams && teams.length > 0 ? { ...rest, teams } : rest;
}

/**
 * Whether the user holds a setting. The `v2` user listing may leave out array fields (OpenAPI
 * `singleObjectResponse`: "whether to include array fields in the response", and its example has no
 * `teamIds`): teams the listing does not show are taken as held by an enabled user and not by a
 * disabled one, the state in which the Contact Center leaves a freshly synchronised user.
 */
function holds(ccUser: CcUser, field: AgentField): boolean {
  const value = ccUser[USER_FIELD[field]];
  if (field === 'teams') return Array.isArray(value) ? value.length > 0 : ccUser.contactCenterEnabled;
  return typeof value === 'string' && value !== '';
}

/** What a ready agent needs that the user does not show: enabled, the required settings, the ones given. */
function lacking(ccUser: CcUser, agent: AgentSettings): Lack[] {
  const lacks: Lack[] = [];
  if (!ccUser.contactCenterEnabled) lacks.push('enabled');
  for (const field of Object.keys(USER_FIELD) as AgentField[]) {
    const wanted = agent[field];
    if (wanted === undefined) {
      if (REQUIRED_AGENT_FIELDS.includes(field) && !holds(ccUser, field)) lacks.push(field);
      continue;
    }
    const value = ccUser[USER_FIELD[field]];
    if (field === 'teams') {
      // Teams the listing leaves out cannot be compared: the write's acceptance stands for them.
      if (Array.isArray(value) && !(wanted as { id: string }[]).every((t) => value.includes(t.id))) lacks.push(field);
    } else if (value !== (wanted as { id: string }).id) {
      lacks.push(field);
    }
  }
  return lacks;
}

/** Field names as an administrator reads them, in the reader's language. */
function fieldList(fields: Lack[]): { list: Msg[] } {
  return { list: fields.map((f) => msg(`verify.field.${f}`)) };
}
