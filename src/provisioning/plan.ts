import type { AgentCatalogue, AgentField, AgentSettings } from '../contact-center/agent-settings.js';
import { type Msg, msg } from '../i18n/msg.js';
import { hydraKey } from '../webex/hydra-id.js';
import type { Person } from '../webex/types.js';
import { type AgentWarnings, type CurrentAgent, planAgent } from './agent-plan.js';
import { type AdminRights, changesFullAdmin } from './full-admin-right.js';
import {
  accessAfter,
  accessOf,
  type ContactCenterTier,
  type DesiredAccess,
  describeAccess,
  desiredAccess,
  type OrgCatalogue,
  type ProvisioningRole,
  roleLabel,
  tierLabel,
  type UserAccess,
} from './license-model.js';
import type { UserEntry } from './parse-entries.js';

/** What the bot is about to do for one user: decided from Webex's current state, before any write. */
export interface PlannedUser {
  seq: number;
  email: string;
  firstName?: string;
  lastName?: string;
  /** Display name to give a new user (a file's Display Name column). */
  displayName?: string;
  personId?: string;
  action: 'create' | 'update' | 'unchanged' | 'blocked';
  /** Why a user is blocked, and what to do about it (catalog texts). */
  reason?: Msg;
  advice?: Msg;
  before?: UserAccess;
  after: UserAccess;
  /** Licenses and roles an existing user held when planned. */
  held?: { licenses: string[]; roles: string[] };
  /** The supervisor profile is wished for (set on the Contact Center side after synchronisation). */
  supervisor: boolean;
  source?: SourceRow;
  /** Phone number to give a new user. */
  phone?: string;
  /**
   * Contact Center settings to apply once the user is in the Contact Center (fields left out stay as
   * they are). Only what differs from what the Contact Center holds, so an unchanged user has none.
   */
  agent?: AgentSettings;
  /** The fields of `agent` filled in from the organisation's defaults (the preview says so). */
  agentFromDefaults?: AgentField[];
  /** What the Contact Center holds now in the fields `agent` changes (the preview shows both). */
  agentHeld?: AgentSettings;
}

/** One user to plan: what was asked, and how to derive the wanted access from the current one. */
export interface PlanEntry extends UserEntry {
  desired: (current: UserAccess | undefined) => DesiredAccess;
  source?: SourceRow;
  phone?: string;
  /** Display name given for the user (a file's Display Name column). */
  displayName?: string;
  /** Contact Center settings given for this user (card choices, CSV cells), matched to ids. */
  agent?: AgentSettings;
  /** Names given for this user that the Contact Center does not have (the user is blocked). */
  agentProblems?: Msg[];
}

/**
 * The Contact Center as planning sees it, read once per preview; undefined when it could not be read
 * (no agent settings are planned then, and the preview says why).
 */
export interface PlanContactCenter {
  catalogue: AgentCatalogue;
  /** What the Contact Center users of the batch hold, by CI user id; absent = not in the Contact Center. */
  agents: Map<string, CurrentAgent>;
  /** The organisation's defaults, matched (those naming what no longer exists are reported apart). */
  defaults: AgentSettings;
  /** Collects what the preview warns about, across chunks of a file. */
  warnings: AgentWarnings;
}

export interface SeatForecast {
  tier: ContactCenterTier;
  free: number;
  needed: number;
  /** Users who would not get a seat, in the order they were entered. */
  short: string[];
}

export interface Plan {
  /** The role chosen for the whole batch (card), or undefined when each row says its own (CSV). */
  role: ProvisioningRole | undefined;
  users: PlannedUser[];
  seats: SeatForecast[];
  /**
   * What the preview says about the Contact Center side: it could not be read, a default names what no
   * longer exists, a capacity-based team or a team of another site, users left without settings.
   */
  agentNotes?: Msg[];
  /**
   * Who Webex's activation-email job would reach, when the admin asked for it and the batch creates
   * users: the new users, and the people of the organisation already waiting for activation
   * (undefined when they could not be counted).
   */
  activation?: { newUsers: number; othersPending: number | undefined };
}

/** Where a planned user came from in an uploaded file: its row and cells, for the result files. */
export interface SourceRow {
  row: number;
  cells: string[];
}

/** Plans a card batch: the same role for every user. */
export function planUsers(input: {
  entries: UserEntry[];
  role: ProvisioningRole;
  existing: Map<string, Person | undefined>;
  catalogue: OrgCatalogue;
  freeSeats: Record<ContactCenterTier, number>;
  /** What the person asking may change (only a Full Administrator grants or removes that role). */
  rights: AdminRights;
  /** The Contact Center settings chosen in the card, for every user of the batch. */
  agent?: AgentSettings;
  contactCenter?: PlanContactCenter;
  /** The modify card: it changes existing users and creates nobody. */
  existingOnly?: boolean;
}): Plan {
  const desired = { ...desiredAccess(input.role), ...(input.existingOnly ? { existingOnly: true } : {}) };
  const { entries, existing, catalogue, freeSeats, role, rights, agent, contactCenter } = input;
  return {
    ...planEntries({
      entries: entries.map((e) => ({ ...e, desired: () => desired, ...(agent ? { agent } : {}) })),
      existing,
      catalogue,
      ledger: newSeatLedger(freeSeats),
      rights,
      ...(contactCenter ? { contactCenter } : {}),
    }),
    role,
  };
}

/** Seats handed out so far, carried from one chunk of a large file to the next. */
export interface SeatLedger {
  free: Record<ContactCenterTier, number>;
  remaining: Record<ContactCenterTier, number>;
  needed: Record<ContactCenterTier, number>;
  short: Record<ContactCenterTier, string[]>;
}

export function newSeatLedger(freeSeats: Record<ContactCenterTier, number>): SeatLedger {
  return {
    free: { ...freeSeats },
    remaining: { ...freeSeats },
    needed: { standard: 0, premium: 0 },
    short: { standard: [], premium: [] },
  };
}

export function seatForecast(ledger: SeatLedger): SeatForecast[] {
  return (['standard', 'premium'] as const)
    .filter((tier) => ledger.needed[tier] > 0)
    .map((tier) => ({ tier, free: ledger.free[tier], needed: ledger.needed[tier], short: [...ledger.short[tier]] }));
}

/** Plans users that each carry their own wish (CSV rows); a large file is planned chunk by chunk. */
export function planEntries(input: {
  entries: PlanEntry[];
  existing: Map<string, Person | undefined>;
  catalogue: OrgCatalogue;
  /** Seats free and handed out so far (carried from chunk to chunk of a file). */
  ledger: SeatLedger;
  /** What the person asking may change (only a Full Administrator grants or removes that role). */
  rights: AdminRights;
  firstSeq?: number;
  /** The Contact Center's users and lists; without it no agent settings are planned. */
  contactCenter?: PlanContactCenter;
}): Plan {
  const { entries, existing, catalogue, ledger, rights, contactCenter } = input;
  const { remaining, needed, short } = ledger;
  const freeSeats = ledger.free;
  const firstSeq = input.firstSeq ?? 1;

  const users = entries.map((entry, index): PlannedUser => {
    const person = existing.get(entry.email);
    const currentAccess =
      person && (!person.type || person.type === 'person') ? accessOf(person, catalogue) : undefined;
    const desired = entry.desired(currentAccess);
    const base = {
      seq: firstSeq + index,
      email: entry.email,
      ...(entry.firstName ? { firstName: entry.firstName } : {}),
      ...(entry.lastName ? { lastName: entry.lastName } : {}),
      ...(entry.displayName ? { displayName: entry.displayName } : {}),
      ...(entry.source ? { source: entry.source } : {}),
      ...(entry.phone ? { phone: entry.phone } : {}),
      supervisor: desired.supervisor,
    };
    const blocked = (after: UserAccess, reason: Msg, before?: UserAccess, advice?: Msg): PlannedUser => ({
      ...base,
      ...(person ? { personId: person.id } : {}),
      action: 'blocked',
      reason,
      ...(advice ? { advice } : {}),
      ...(before ? { before } : {}),
      after,
    });
    if (person?.type && person.type !== 'person') {
      return blocked(
        { tier: 'none', fullAdmin: false },
        msg('plan.notPerson', { email: entry.email, type: person.type }),
      );
    }
    const before = currentAccess;
    const after = accessAfter(before ?? { tier: 'none', fullAdmin: false }, desired);
    if (!person && desired.existingOnly) {
      // A removal has nothing to act on; a change asked on the modify card does not create anyone.
      const removal = desired.tier === 'none' || desired.fullAdmin === false;
      return removal
        ? blocked(after, msg('plan.notUser', { email: entry.email }), undefined, msg('advice.notUser'))
        : blocked(after, msg('plan.notUserModify', { email: entry.email }), undefined, msg('advice.notUserModify'));
    }
    // A name of the file the Contact Center does not have (deleted since the file was checked).
    if (entry.agentProblems && entry.agentProblems.length > 0 && after.tier !== 'none') {
      const [first, ...others] = entry.agentProblems;
      return blocked(
        after,
        others.length > 0 ? msg('plan.agentNames', { first: first!, count: others.length }) : first!,
        before,
        msg('advice.agentNames'),
      );
    }
    // Checked before seats are counted: a row refused here takes no seat from the rows after it.
    if (!rights.fullAdmin && changesFullAdmin({ before, after })) {
      return blocked(after, msg('plan.fullAdminOnly'), before, msg('advice.fullAdminOnly'));
    }
    if (desired.fullAdmin === true && !catalogue.fullAdminRoleId) {
      return blocked(after, msg('plan.noAdminRole'), before);
    }
    const tierChanges = after.tier !== 'none' && after.tier !== before?.tier;
    if (tierChanges) {
      const tier = after.tier as ContactCenterTier;
      if (catalogue.licenseIds[tier].length === 0) {
        return blocked(after, msg('plan.noLicense', { tier: tierLabel(tier) }), before);
      }
      needed[tier] += 1;
      if (remaining[tier] <= 0) {
        short[tier].push(entry.email);
        return blocked(
          after,
          msg('plan.noSeat', { tier: tierLabel(tier), free: freeSeats[tier], needed: needed[tier] }),
          before,
          msg('advice.freeSeats', { tier: tierLabel(tier) }),
        );
      }
      remaining[tier] -= 1;
    }
    const agent = agentOf(entry, person, before, after, contactCenter);
    if (!person) return { ...base, action: 'create', after, ...agent };
    const unchanged = before!.tier === after.tier && before!.fullAdmin === after.fullAdmin;
    return {
      ...base,
      personId: person.id,
      // Agent settings alone are a change (the preview shows it) that makes no Control Hub write.
      action: unchanged && !agent.agent ? 'unchanged' : 'update',
      before: before!,
      after,
      held: { licenses: [...(person.licenses ?? [])], roles: [...(person.roles ?? [])] },
      ...agent,
    };
  });

  return { role: undefined, users, seats: seatForecast(ledger) };
}

/** A user's agent settings, planned: only for users who keep or get a Contact Center license. */
function agentOf(
  entry: PlanEntry,
  person: Person | undefined,
  before: UserAccess | undefined,
  after: UserAccess,
  cc: PlanContactCenter | undefined,
): Pick<PlannedUser, 'agent' | 'agentFromDefaults' | 'agentHeld'> {
  if (!cc || after.tier === 'none') return {};
  const ciUserId = person ? hydraKey(person.id, 'PEOPLE') : undefined;
  const current = ciUserId ? cc.agents.get(ciUserId) : undefined;
  const planned = planAgent({
    given: entry.agent,
    current,
    defaults: cc.defaults,
    catalogue: cc.catalogue,
    // This job brings the user into the Contact Center: the defaults fill what is not given.
    newcomer: (before?.tier ?? 'none') === 'none',
  });
  cc.warnings.add(entry.email, planned, current);
  return {
    ...(planned.agent ? { agent: planned.agent } : {}),
    ...(planned.fromDefaults ? { agentFromDefaults: planned.fromDefaults } : {}),
    ...(planned.held ? { agentHeld: planned.held } : {}),
  };
}

/** What a user holds, or will hold: a Premium Agent meant as supervisor reads "Premium Agent (Supervisor)". */
function describeHolding(access: UserAccess, supervisor: boolean): Msg {
  if (!supervisor || access.tier !== 'premium') return describeAccess(access);
  return access.fullAdmin ? msg('access.withAdmin', { license: roleLabel('supervisor') }) : roleLabel('supervisor');
}

/**
 * "Standard Agent -> Premium Agent + Full Administrator" for a preview or summary line; the access
 * alone when it does not change (a change of agent settings only).
 */
export function describeChange(user: Pick<PlannedUser, 'before' | 'after'> & { supervisor?: boolean }): Msg {
  const after = describeHolding(user.after, user.supervisor === true);
  const { before } = user;
  if (!before) return after;
  if (before.tier === user.after.tier && before.fullAdmin === user.after.fullAdmin && !user.supervisor) return after;
  return msg('change.fromTo', { before: describeAccess(before), after });
}
