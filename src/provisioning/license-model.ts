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
