import { describe, expect, it } from 'vitest';
import type { AgentSettings } from '../../src/contact-center/agent-settings.js';
import type { CcUser } from '../../src/contact-center/cc-client.js';
import { verifyUser } from '../../src/contact-center/verify-user.js';
import { msg } from '../../src/i18n/msg.js';
import { translator } from '../../src/i18n/translate.js';

/** A catalog text as an English-speaking administrator reads it. */
const text = (m: Parameters<ReturnType<typeof translator>['m']>[0]): string => translator('en').m(m);
const textPt = (m: Parameters<ReturnType<typeof translator>['m']>[0]): string => translator('pt-BR').m(m);

/** A ready agent, as the Contact Center shows one. */
const cc = (over: Partial<CcUser> = {}): CcUser => ({
  id: 'u',
  ciUserId: 'c',
  email: 'a@x.com',
  contactCenterEnabled: true,
  active: true,
  userProfileType: 'PREMIUM_AGENT',
  siteId: 'site-sp',
  teamIds: ['team-vendas'],
  agentProfileId: 'desk-padrao',
  ...over,
});

/** How the Contact Center leaves a user a synchronisation just brought in. */
const arrived = (over: Partial<CcUser> = {}): CcUser =>
  cc({ contactCenterEnabled: false, siteId: undefined, teamIds: [], agentProfileId: undefined, ...over });

const AGENT: AgentSettings = {
  site: { id: 'site-sp', name: 'São Paulo' },
  teams: [{ id: 'team-vendas', name: 'Vendas' }],
  desktopProfile: { id: 'desk-padrao', name: 'Padrão' },
};

describe('checking a user against the Contact Center', () => {
  it('is ready when enabled with a site, a team, a desktop profile and the profile type of the license', () => {
    expect(verifyUser({ tier: 'premium' }, cc(), false)).toEqual({ state: 'synced', reason: msg('verify.ready') });
    expect(verifyUser({ tier: 'premium' }, cc({ userProfileType: 'SUPERVISOR' }), true).state).toBe('synced');
    expect(verifyUser({ tier: 'standard' }, cc({ userProfileType: 'STANDARD_AGENT' }), true).state).toBe('synced');
    expect(verifyUser({ tier: 'premium', agent: AGENT }, cc(), false).state).toBe('synced');
  });

  it('is pending while a licensed user is missing or inactive, and invalid once the deadline passed', () => {
    expect(verifyUser({ tier: 'standard' }, undefined, false).state).toBe('pending');
    expect(text(verifyUser({ tier: 'standard' }, undefined, false).reason)).toBe(
      'Licensed in Control Hub; not in the Contact Center yet.',
    );
    expect(verifyUser({ tier: 'standard' }, undefined, true)).toMatchObject({ state: 'invalid', fault: 'sync' });
    expect(verifyUser({ tier: 'premium' }, cc({ active: false }), false).state).toBe('pending');
    expect(text(verifyUser({ tier: 'premium' }, cc({ active: false }), true).reason)).toMatch(/inactive/);
  });

  it('writes the settings given, with enabling, to a user who arrived disabled with nothing set', () => {
    const verdict = verifyUser({ tier: 'premium', agent: AGENT }, arrived(), false);
    expect(verdict.state).toBe('pending');
    expect(verdict.write).toEqual({
      contactCenterEnabled: true,
      siteId: 'site-sp',
      teamIds: ['team-vendas'],
      agentProfileId: 'desk-padrao',
    });
    // Only disabled, with every required setting there: enabling alone.
    expect(verifyUser({ tier: 'premium' }, cc({ contactCenterEnabled: false }), false).write).toEqual({
      contactCenterEnabled: true,
    });
    // Ready, but given another team: the team is written.
    const other = { teams: [{ id: 'team-suporte', name: 'Suporte' }] };
    expect(verifyUser({ tier: 'premium', agent: other }, cc(), false).write).toEqual({
      contactCenterEnabled: true,
      teamIds: ['team-suporte'],
    });
  });

  it('needs settings, and writes nothing, when the required ones were not all given', () => {
    const none = verifyUser({ tier: 'standard' }, arrived({ userProfileType: 'STANDARD_AGENT' }), true);
    expect(none).toMatchObject({ state: 'needs_settings', missing: ['site', 'teams', 'desktopProfile'] });
    expect(none.write).toBeUndefined();
    expect(text(none.reason)).toBe(
      'In the Contact Center, but cannot work as an agent yet: missing site, teams, and desktop profile, and none was given.',
    );
    expect(textPt(none.reason)).toBe(
      'Está no Contact Center, mas ainda não pode trabalhar como agente: está sem site, equipes e perfil de desktop, e nenhum valor foi informado.',
    );
    const siteOnly = verifyUser({ tier: 'premium', agent: { site: AGENT.site! } }, arrived(), false);
    expect(siteOnly).toMatchObject({ state: 'needs_settings', missing: ['teams', 'desktopProfile'] });
    expect(siteOnly.write).toBeUndefined();
  });

  it('judges settings the Contact Center accepted by reading them back: a difference is a real fault', () => {
    expect(verifyUser({ tier: 'premium', agent: AGENT, settings: 'applied' }, cc(), false).state).toBe('synced');
    const differs = verifyUser(
      { tier: 'premium', agent: AGENT, settings: 'applied' },
      cc({ contactCenterEnabled: false, siteId: 'site-lisboa' }),
      false,
    );
    expect(differs).toMatchObject({ state: 'invalid', fault: 'settings' });
    expect(differs.write).toBeUndefined();
    expect(text(differs.reason)).toBe(
      'The Contact Center accepted the settings, but the user still shows other values for Agent Desktop access (Contact Center Enabled) and site.',
    );
  });

  it('keeps refused settings as they were refused until others are given', () => {
    const refused = {
      reason: msg('verify.settingsRefused', { status: 400, message: 'capacity' }),
      missing: ['teams' as const],
    };
    expect(verifyUser({ tier: 'premium', agent: AGENT, settings: 'refused', refused }, arrived(), false)).toEqual({
      state: 'needs_settings',
      reason: refused.reason,
      missing: ['teams'],
    });
    // Fixed meanwhile by hand in the Contact Center: ready.
    expect(verifyUser({ tier: 'premium', agent: AGENT, settings: 'refused', refused }, cc(), false).state).toBe(
      'synced',
    );
  });

  it('waits for the Supervisor role of Control Hub, and is ready once the profile type shows it', () => {
    const waiting = verifyUser({ tier: 'premium', supervisor: true }, cc(), false);
    expect(waiting).toMatchObject({ state: 'needs_settings', profile: 'waiting' });
    expect(text(waiting.reason)).toMatch(/waiting for the Supervisor role in Control Hub/);
    expect(verifyUser({ tier: 'premium', supervisor: true }, cc({ userProfileType: 'SUPERVISOR' }), false)).toEqual({
      state: 'synced',
      reason: msg('verify.ready'),
      profile: 'set',
    });
  });

  it('asks for the Supervisor role of a supervisor in the Contact Center who also lacks settings', () => {
    const lacking = verifyUser({ tier: 'premium', supervisor: true }, cc({ siteId: undefined }), false);
    expect(lacking).toMatchObject({ state: 'needs_settings', missing: ['site'], profile: 'waiting' });
  });

  it('is invalid when the profile type does not fit the license', () => {
    const wrong = verifyUser({ tier: 'standard' }, cc({ userProfileType: 'PREMIUM_AGENT' }), false);
    expect(wrong).toMatchObject({ state: 'invalid', fault: 'sync' });
    expect(text(wrong.reason)).toMatch(/PREMIUM_AGENT, which does not fit the Standard Agent license/);
  });

  it('without a license: absent, inactive, not enabled or Administrator Only is as it should be', () => {
    expect(verifyUser({ tier: 'none' }, undefined, true).state).toBe('synced');
    expect(verifyUser({ tier: 'none' }, cc({ active: false }), true).state).toBe('synced');
    expect(verifyUser({ tier: 'none' }, cc({ contactCenterEnabled: false }), true).state).toBe('synced');
    const admin = verifyUser({ tier: 'none' }, cc({ userProfileType: 'ADMINISTRATOR_ONLY' }), true);
    expect(admin.state).toBe('synced');
    expect(text(admin.reason)).toMatch(/Administrator Only/);
    expect(verifyUser({ tier: 'none' }, cc(), false).state).toBe('pending');
    const still = verifyUser({ tier: 'none' }, cc(), true);
    expect(still).toMatchObject({ state: 'invalid', fault: 'sync' });
    expect(text(still.reason)).toMatch(/still active in the Contact Center/);
  });

  it('takes teams a listing leaves out as held by an enabled user only', () => {
    expect(verifyUser({ tier: 'premium' }, cc({ teamIds: undefined }), false).state).toBe('synced');
    expect(verifyUser({ tier: 'premium' }, arrived({ teamIds: undefined }), false)).toMatchObject({
      state: 'needs_settings',
      missing: ['site', 'teams', 'desktopProfile'],
    });
  });
});
