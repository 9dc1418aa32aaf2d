import { describe, expect, it } from 'vitest';
import type { CcUser } from '../../src/contact-center/cc-client.js';
import { verifyUser } from '../../src/contact-center/verify-user.js';
import { translator } from '../../src/i18n/translate.js';

/** A catalog text as an English-speaking administrator reads it. */
const text = (m: Parameters<ReturnType<typeof translator>['m']>[0]): string => translator('en').m(m);

const cc = (over: Partial<CcUser> = {}): CcUser => ({
  id: 'u',
  ciUserId: 'c',
  email: 'a@x.com',
  contactCenterEnabled: true,
  active: true,
  userProfileType: 'PREMIUM_AGENT',
  ...over,
});

describe('checking a user against the Contact Center', () => {
  it('is synced when the Contact Center holds the user as the license says', () => {
    expect(verifyUser({ tier: 'premium' }, cc(), false).state).toBe('synced');
    expect(verifyUser({ tier: 'premium' }, cc({ userProfileType: 'SUPERVISOR' }), true).state).toBe('synced');
    expect(verifyUser({ tier: 'standard' }, cc({ userProfileType: 'STANDARD_AGENT' }), true).state).toBe('synced');
    expect(verifyUser({ tier: 'none' }, undefined, true).state).toBe('synced');
  });

  it('is pending while a licensed user is missing, and invalid once the deadline passed', () => {
    expect(verifyUser({ tier: 'standard' }, undefined, false).state).toBe('pending');
    expect(text(verifyUser({ tier: 'standard' }, undefined, false).reason)).toBe(
      'Licensed in Control Hub; not in the Contact Center yet.',
    );
    expect(verifyUser({ tier: 'standard' }, undefined, true).state).toBe('invalid');
  });

  it('is invalid when the user is there but wrong', () => {
    expect(text(verifyUser({ tier: 'premium' }, cc({ contactCenterEnabled: false }), false).reason)).toMatch(
      /contactCenterEnabled is false/,
    );
    expect(text(verifyUser({ tier: 'premium' }, cc({ active: false }), false).reason)).toMatch(/inactive/);
    expect(text(verifyUser({ tier: 'standard' }, cc({ userProfileType: 'PREMIUM_AGENT' }), false).reason)).toMatch(
      /PREMIUM_AGENT, which does not match the Standard Agent license/,
    );
    expect(text(verifyUser({ tier: 'none' }, cc(), true).reason)).toMatch(/still active in the Contact Center/);
  });
});
