import type { AgentCatalogue } from '../../contact-center/agent-settings.js';
import type { ContactCenterClient } from '../../contact-center/cc-client.js';
import { type Msg, msg } from '../../i18n/msg.js';
import { hydraKey } from '../../webex/hydra-id.js';
import type { License, Person, Role } from '../../webex/types.js';
import type { WebexClient } from '../../webex/webex-client.js';
import { AgentWarnings, type CurrentAgent, currentAgentOf } from '../agent-plan.js';
import {
  buildCatalogue,
  type ContactCenterTier,
  contactCenterSeats,
  type OrgCatalogue,
  type SeatSummary,
} from '../license-model.js';
import type { PlanContactCenter } from '../plan.js';
import type { AgentDefaults, DefaultsView } from './agent-defaults.js';

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

/**
 * Up to this many users the Contact Center is asked one by one; for more, its users are listed once
 * (the idea of the synchronisation checks). Lower than theirs: a preview waits for these calls, the
 * Contact Center allows 300 a minute, and one page of the listing holds 1,000 users.
 */
const CC_ONE_BY_ONE = 5;

export type ContactCenterDirectory = Pick<ContactCenterClient, 'catalogue' | 'listUsers' | 'userByCiUserId'>;

/**
 * The Contact Center as a preview needs it, read once: the sites, teams and profiles to choose from,
 * what the users of the batch hold now (by CI user id; absent = not in the Contact Center yet), and the
 * organisation's defaults matched against the lists. When the Contact Center cannot be read, the
 * preview says so and plans no agent settings rather than guessing.
 */
export type ContactCenterSnapshot =
  | { readable: true; catalogue: AgentCatalogue; agents: Map<string, CurrentAgent>; defaults: DefaultsView }
  | { readable: false; problem: string };

export async function takeContactCenterSnapshot(
  deps: { cc: ContactCenterDirectory; defaults: AgentDefaults },
  people: Iterable<Person | undefined>,
): Promise<ContactCenterSnapshot> {
  const ciUserIds = new Set<string>();
  for (const person of people) {
    const ciUserId = person ? hydraKey(person.id, 'PEOPLE') : undefined;
    if (ciUserId) ciUserIds.add(ciUserId);
  }
  let catalogue: AgentCatalogue;
  const agents = new Map<string, CurrentAgent>();
  try {
    [catalogue] = await Promise.all([deps.cc.catalogue(), readAgents(deps.cc, ciUserIds, agents)]);
  } catch (error) {
    return { readable: false, problem: (error as Error).message };
  }
  return { readable: true, catalogue, agents, defaults: await deps.defaults.view(catalogue) };
}

async function readAgents(cc: ContactCenterDirectory, ciUserIds: Set<string>, into: Map<string, CurrentAgent>) {
  if (ciUserIds.size === 0) return;
  if (ciUserIds.size > CC_ONE_BY_ONE) {
    for await (const user of cc.listUsers())
      if (ciUserIds.has(user.ciUserId)) into.set(user.ciUserId, currentAgentOf(user));
    return;
  }
  for (const [ciUserId, found] of await Promise.all(
    [...ciUserIds].map(async (id) => [id, (await cc.userByCiUserId(id)).user] as const),
  ))
    if (found) into.set(ciUserId, currentAgentOf(found));
}

/** What planning takes from a readable snapshot (undefined: the Contact Center could not be read). */
export function planContactCenter(snapshot: ContactCenterSnapshot): PlanContactCenter | undefined {
  if (!snapshot.readable) return undefined;
  const { catalogue, agents, defaults } = snapshot;
  return { catalogue, agents, defaults: defaults.settings, warnings: new AgentWarnings(catalogue) };
}

/** What every preview says about the Contact Center side: it could not be read, or a default is gone. */
export function contactCenterNotes(snapshot: ContactCenterSnapshot): Msg[] {
  if (!snapshot.readable) return [msg('agent.unreadable', { error: snapshot.problem })];
  return snapshot.defaults.problems;
}
