import type { License, Role } from '../../webex/types.js';
import type { WebexClient } from '../../webex/webex-client.js';
import {
  buildCatalogue,
  type ContactCenterTier,
  contactCenterSeats,
  type OrgCatalogue,
  type SeatSummary,
} from '../license-model.js';

/** The organisation's Contact Center licenses and roles as the admin credential sees them right now. */
export interface OrganisationSnapshot {
  licenses: License[];
  roles: Role[];
  catalogue: OrgCatalogue;
  seats: Record<ContactCenterTier, SeatSummary>;
}

export type OrganisationDirectory = Pick<WebexClient, 'listLicenses' | 'listRoles'>;

/**
 * Taken fresh for every preview, import, export and sync: seats change between two requests (another
 * admin, another job), so a stale copy would promise seats that are gone.
 */
export async function takeOrganisationSnapshot(webex: OrganisationDirectory): Promise<OrganisationSnapshot> {
  const [licenses, roles] = await Promise.all([webex.listLicenses(), webex.listRoles()]);
  return { licenses, roles, catalogue: buildCatalogue(licenses, roles), seats: contactCenterSeats(licenses) };
}

/** Free seats per tier, for the ledger a plan hands seats out from. */
export function freeSeats(snapshot: OrganisationSnapshot): Record<ContactCenterTier, number> {
  return { standard: snapshot.seats.standard.free, premium: snapshot.seats.premium.free };
}
