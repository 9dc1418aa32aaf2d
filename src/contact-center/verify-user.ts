import { type Msg, msg } from '../i18n/msg.js';
import { tierLabel, type UserAccess } from '../provisioning/license-model.js';
import type { CcUser } from './cc-client.js';

/**
 * Whether the Contact Center picked a user up as Control Hub says it should.
 * Synced: licensed and present, enabled and active (or unlicensed and absent).
 * Pending: licensed and not there yet, before the deadline.
 * Invalid: there but wrong, licensed and still missing after the deadline, or unlicensed and still present.
 */
export type SyncState = 'synced' | 'pending' | 'invalid';

export interface SyncVerdict {
  state: SyncState;
  reason: Msg;
}

const EXPECTED_PROFILE: Record<'standard' | 'premium', string[]> = {
  standard: ['STANDARD_AGENT'],
  premium: ['PREMIUM_AGENT', 'SUPERVISOR', 'ADMINISTRATOR'],
};

export function verifyUser(
  access: Pick<UserAccess, 'tier'>,
  ccUser: CcUser | undefined,
  deadlinePassed: boolean,
): SyncVerdict {
  if (access.tier === 'none') {
    if (!ccUser || (!ccUser.active && !ccUser.contactCenterEnabled))
      return { state: 'synced', reason: msg('verify.gone') };
    return deadlinePassed
      ? { state: 'invalid', reason: msg('verify.removedStillActive') }
      : { state: 'pending', reason: msg('verify.removedWaiting') };
  }
  if (!ccUser) {
    return deadlinePassed
      ? { state: 'invalid', reason: msg('verify.missing') }
      : { state: 'pending', reason: msg('verify.notYet') };
  }
  if (!ccUser.contactCenterEnabled) return { state: 'invalid', reason: msg('verify.notEnabled') };
  if (!ccUser.active) return { state: 'invalid', reason: msg('verify.inactive') };
  if (ccUser.userProfileType && !EXPECTED_PROFILE[access.tier].includes(ccUser.userProfileType)) {
    return {
      state: 'invalid',
      reason: msg('verify.wrongProfile', { profile: ccUser.userProfileType, tier: tierLabel(access.tier) }),
    };
  }
  return { state: 'synced', reason: msg('verify.synced') };
}
