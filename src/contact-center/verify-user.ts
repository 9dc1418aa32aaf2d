import type { UserAccess } from '../provisioning/license-model.js';
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
  reason: string;
}

const EXPECTED_PROFILE: Record<'standard' | 'premium', string[]> = {
  standard: ['STANDARD_AGENT'],
  premium: ['PREMIUM_AGENT', 'SUPERVISOR', 'ADMINISTRATOR'],
};

export function verifyUser(access: Pick<UserAccess, 'tier'>, ccUser: CcUser | undefined, deadlinePassed: boolean): SyncVerdict {
  if (access.tier === 'none') {
    if (!ccUser || (!ccUser.active && !ccUser.contactCenterEnabled)) return { state: 'synced', reason: 'No Contact Center license, and not in the Contact Center.' };
    return deadlinePassed
      ? { state: 'invalid', reason: 'The Contact Center license was removed, but the user is still active in the Contact Center.' }
      : { state: 'pending', reason: 'The Contact Center license was removed; waiting for the Contact Center to drop the user.' };
  }
  if (!ccUser) {
    return deadlinePassed
      ? { state: 'invalid', reason: 'Licensed in Control Hub, but still missing from the Contact Center after synchronisation.' }
      : { state: 'pending', reason: 'Licensed in Control Hub; not in the Contact Center yet.' };
  }
  if (!ccUser.contactCenterEnabled) return { state: 'invalid', reason: 'In the Contact Center, but not enabled for the Agent Desktop (contactCenterEnabled is false).' };
  if (!ccUser.active) return { state: 'invalid', reason: 'In the Contact Center, but inactive.' };
  if (ccUser.userProfileType && !EXPECTED_PROFILE[access.tier].includes(ccUser.userProfileType)) {
    return {
      state: 'invalid',
      reason: `The Contact Center user profile is ${ccUser.userProfileType}, which does not match the ${access.tier === 'standard' ? 'Standard' : 'Premium'} Agent license.`,
    };
  }
  return { state: 'synced', reason: 'In the Contact Center, enabled and active, with a profile that matches the license.' };
}
