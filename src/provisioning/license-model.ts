import { type Msg, msg } from '../i18n/msg.js';
import { hydraKey } from '../webex/hydra-id.js';
import type { License } from '../webex/types.js';

/**
 * The Contact Center license model. A Contact Center user holds exactly one Contact Center license:
 * Standard Agent or Premium Agent. Licenses are recognised by the offer code inside their id
 * (`CJPSTD`, `CJPPRM`) or, failing that, by name, case-insensitively (real orgs spell them
 * "Contact center Standard Agent" and "Contact Center Premium Agent").
 */
export type ContactCenterTier = 'standard' | 'premium';

export const OFFER_CODES: Record<ContactCenterTier, string> = { standard: 'CJPSTD', premium: 'CJPPRM' };

const NAME_PATTERNS: Record<ContactCenterTier, RegExp> = {
  standard: /contact\s*center\s+standard\s+agent/i,
  premium: /contact\s*center\s+premium\s+agent/i,
};

/** The offer code inside a license id: `ciscospark://us/LICENSE/<org>:<OFFER>_<subscription>[_<site>]`. */
export function offerCodeOf(licenseId: string): string | undefined {
  const key = hydraKey(licenseId, 'LICENSE');
  if (!key) return undefined;
  const afterOrg = key.includes(':') ? key.slice(key.indexOf(':') + 1) : key;
  const offer = afterOrg.split('_')[0];
  return offer || undefined;
}

export function tierOfLicense(license: Pick<License, 'id' | 'name'>): ContactCenterTier | undefined {
  const offer = offerCodeOf(license.id);
  if (offer === OFFER_CODES.standard) return 'standard';
  if (offer === OFFER_CODES.premium) return 'premium';
  // An id that carries another offer code is another service, whatever its name says.
  if (offer !== undefined) return undefined;
  if (NAME_PATTERNS.standard.test(license.name)) return 'standard';
  if (NAME_PATTERNS.premium.test(license.name)) return 'premium';
  return undefined;
}

export interface SeatSummary {
  tier: ContactCenterTier;
  licenses: License[];
  total: number;
  used: number;
  free: number;
}

/** Seats per Contact Center tier, summed over every subscription that carries the license. */
export function contactCenterSeats(licenses: License[]): Record<ContactCenterTier, SeatSummary> {
  const summary = (tier: ContactCenterTier): SeatSummary => {
    const matching = licenses.filter((l) => tierOfLicense(l) === tier);
    const total = matching.reduce((n, l) => n + (l.totalUnits ?? 0), 0);
    const used = matching.reduce((n, l) => n + (l.consumedUnits ?? 0), 0);
    return { tier, licenses: matching, total, used, free: Math.max(0, total - used) };
  };
  return { standard: summary('standard'), premium: summary('premium') };
}

/**
 * What an administrator chooses for a batch. Standard Agent -> Standard license; Agent -> Premium;
 * Supervisor -> Premium and, on the Contact Center side, a supervisor user profile (set after
 * synchronisation); Administrator -> Premium plus the Full Administrator role in Control Hub.
 * "Remove administrator privileges" (`no-admin`) removes the Full Administrator role and nothing else;
 * "Remove the Contact Center license" (`remove-license`) removes the Standard or Premium license and
 * nothing else (the seat goes back to the organisation). Both change existing users only.
 */
export type ProvisioningRole = 'standard' | 'agent' | 'supervisor' | 'administrator' | 'no-admin' | 'remove-license';

/** What each role is called on cards and in previews (a catalog text). */
export function roleLabel(role: ProvisioningRole): Msg {
  return msg(`role.${role}`);
}

/** The tier's license name (Standard Agent, Premium Agent), a catalog text. */
export function tierLabel(tier: ContactCenterTier): Msg {
  return msg(`tier.${tier}`);
}

export const FULL_ADMIN_ROLE_KEY = 'id_full_admin';

/** What a user holds, as far as this bot is concerned. */
export interface UserAccess {
  tier: ContactCenterTier | 'none';
  fullAdmin: boolean;
}

/** What a role asks for; `undefined` means "leave as it is". */
export interface DesiredAccess {
  /** The license tier wanted; 'none' removes the Contact Center license. */
  tier: ContactCenterTier | 'none' | undefined;
  fullAdmin: boolean | undefined;
  supervisor: boolean;
  /** Only meaningful for users who already exist (removing privileges). */
  existingOnly?: boolean;
}

export function desiredAccess(role: ProvisioningRole): DesiredAccess {
  switch (role) {
    case 'standard':
      return { tier: 'standard', fullAdmin: undefined, supervisor: false };
    case 'agent':
      return { tier: 'premium', fullAdmin: undefined, supervisor: false };
    case 'supervisor':
      return { tier: 'premium', fullAdmin: undefined, supervisor: true };
    case 'administrator':
      return { tier: 'premium', fullAdmin: true, supervisor: false };
    case 'no-admin':
      return { tier: undefined, fullAdmin: false, supervisor: false, existingOnly: true };
    case 'remove-license':
      return { tier: 'none', fullAdmin: undefined, supervisor: false, existingOnly: true };
  }
}

export function accessAfter(current: UserAccess, desired: DesiredAccess): UserAccess {
  return { tier: desired.tier ?? current.tier, fullAdmin: desired.fullAdmin ?? current.fullAdmin };
}

export function describeAccess(access: UserAccess): Msg {
  const license = access.tier === 'none' ? msg('access.none') : tierLabel(access.tier);
  return access.fullAdmin ? msg('access.withAdmin', { license }) : license;
}

/** The Contact Center license and role ids of one organisation, found once per job. */
export interface OrgCatalogue {
  licenseIds: Record<ContactCenterTier, string[]>;
  fullAdminRoleId: string | undefined;
}

export function buildCatalogue(licenses: License[], roles: { id: string; name: string }[]): OrgCatalogue {
  const byTier = (tier: ContactCenterTier) =>
    licenses
      .filter((l) => tierOfLicense(l) === tier)
      // The subscription with the most free seats first.
      .sort((a, b) => b.totalUnits - b.consumedUnits - (a.totalUnits - a.consumedUnits))
      .map((l) => l.id);
  const fullAdmin =
    roles.find((r) => hydraKey(r.id, 'ROLE') === FULL_ADMIN_ROLE_KEY) ??
    roles.find((r) => /^full admin(istrator)?$/i.test(r.name.trim()));
  return { licenseIds: { standard: byTier('standard'), premium: byTier('premium') }, fullAdminRoleId: fullAdmin?.id };
}

export function accessOf(person: { licenses?: string[]; roles?: string[] }, catalogue: OrgCatalogue): UserAccess {
  const held = person.licenses ?? [];
  const tier = held.some((id) => catalogue.licenseIds.premium.includes(id))
    ? 'premium'
    : held.some((id) => catalogue.licenseIds.standard.includes(id))
      ? 'standard'
      : 'none';
  const fullAdmin = catalogue.fullAdminRoleId !== undefined && (person.roles ?? []).includes(catalogue.fullAdminRoleId);
  return { tier, fullAdmin };
}

/**
 * The license operations that take a user from `current` to `target`: add the target tier's license,
 * remove the other Contact Center license(s) in the same operation. Other services are never touched.
 */
export function licenseChanges(
  held: string[],
  target: ContactCenterTier | 'none',
  catalogue: OrgCatalogue,
  licenseForNewSeat: (tier: ContactCenterTier) => string | undefined,
): { add: string[]; remove: string[] } {
  const ccHeld = held.filter(
    (id) => catalogue.licenseIds.standard.includes(id) || catalogue.licenseIds.premium.includes(id),
  );
  if (target === 'none') return { add: [], remove: ccHeld };
  const keep = ccHeld.find((id) => catalogue.licenseIds[target].includes(id));
  const add = keep ? [] : [licenseForNewSeat(target)].filter((id): id is string => id !== undefined);
  const remove = ccHeld.filter((id) => id !== keep);
  return { add, remove };
}
