import {
  AGENT_FIELDS,
  type AgentField,
  type AgentSettings,
  type NamedId,
} from '../../contact-center/agent-settings.js';
import { type Msg, msg } from '../../i18n/msg.js';
import type { JobRow, JobStore } from '../../jobs/ports.js';
import type { WebexClient } from '../../webex/webex-client.js';
import { byId } from '../agent-names.js';
import type { AdminRights } from '../full-admin-right.js';
import type { ProvisioningRole } from '../license-model.js';
import type { UserEntry } from '../parse-entries.js';
import { type Plan, planUsers } from '../plan.js';
import type { AgentDefaults } from './agent-defaults.js';
import { lookUpPeople } from './look-up-people.js';
import {
  type ContactCenterDirectory,
  contactCenterNotes,
  freeSeats,
  planContactCenter,
  takeContactCenterSnapshot,
  takeOrganisationSnapshot,
} from './organisation-snapshot.js';
import { newJobId, type Requester } from './requester.js';

export type BatchStore = Pick<JobStore, 'createJob'>;
export type BatchDirectory = Pick<WebexClient, 'listLicenses' | 'listRoles' | 'findPersonByEmail' | 'listPeople'>;

/**
 * How many people of the organisation wait for activation, the batch's own left out. Webex's bulk
 * activation-email job emails "all eligible users in an organization" (webex-admin.json, Initiate Bulk
 * Activation Email Resend Job); the People API marks them `invitePending: true`, a field it returns to
 * admins only (webex-messaging.json, Person.invitePending). So the count comes from listing people.
 */
export async function pendingActivations(webex: Pick<WebexClient, 'listPeople'>, batch: Set<string>): Promise<number> {
  let pending = 0;
  for await (const person of webex.listPeople()) {
    if (person.type && person.type !== 'person') continue;
    if (person.invitePending !== true) continue;
    if ((person.emails ?? []).some((e) => batch.has(e.toLowerCase()))) continue;
    pending += 1;
  }
  return pending;
}

/** Contact Center settings chosen in a card, as the ids it offered; a field left out stays as it is. */
export type CardAgentChoice = Partial<Record<AgentField, string[]>>;

export interface BatchRequest {
  entries: UserEntry[];
  role: ProvisioningRole;
  welcomeEmail: boolean;
  requester: Requester;
  /** The requester's: changes of the Full Administrator role are blocked for anyone else. */
  rights: AdminRights;
  /** The card's Contact Center settings, for every user of the batch. */
  agent?: CardAgentChoice;
  /** Asked on the modify card: existing users only, nobody is created. */
  existingOnly?: boolean;
}

export type BatchAnswer = { job: JobRow; plan: Plan } | { problems: Msg[] };

/**
 * A card batch planned against Webex and the Contact Center as they are now and kept as a previewed
 * job: nothing is written until someone confirms it. A choice of the card that the Contact Center no
 * longer has (deleted since the card was posted) is refused, never guessed.
 */
export async function previewBatch(
  deps: { webex: BatchDirectory; store: BatchStore; cc?: ContactCenterDirectory; defaults?: AgentDefaults },
  request: BatchRequest,
): Promise<BatchAnswer> {
  const { entries, role, welcomeEmail, requester, rights } = request;
  const snapshot = await takeOrganisationSnapshot(deps.webex);
  const existing = await lookUpPeople(
    deps.webex,
    entries.map((e) => e.email),
  );
  const cc =
    deps.cc && deps.defaults
      ? await takeContactCenterSnapshot({ cc: deps.cc, defaults: deps.defaults }, existing.values())
      : undefined;
  let agent: AgentSettings | undefined;
  if (cc?.readable && request.agent) {
    const problems: Msg[] = [];
    agent = {};
    for (const field of AGENT_FIELDS) {
      const ids = request.agent[field];
      if (!ids || ids.length === 0) continue;
      const found = ids.map((id) => byId(cc.catalogue, field, id));
      if (found.some((f) => f === undefined)) {
        problems.push(msg('agent.cardGone', { field }));
        continue;
      }
      if (field === 'teams') agent.teams = found as NamedId[];
      else agent[field] = found[0];
    }
    if (problems.length > 0) return { problems };
  }
  const catalogue = snapshot.catalogue;
  const contactCenter = cc ? planContactCenter(cc) : undefined;
  const plan = planUsers({
    ...{ entries, role, existing, catalogue, freeSeats: freeSeats(snapshot), rights },
    ...(agent ? { agent } : {}),
    ...(contactCenter ? { contactCenter } : {}),
    ...(request.existingOnly ? { existingOnly: true } : {}),
  });
  if (cc) plan.agentNotes = [...contactCenterNotes(cc), ...(contactCenter?.warnings.messages() ?? [])];
  const newUsers = plan.users.filter((u) => u.action === 'create').length;
  if (welcomeEmail && newUsers > 0) {
    // The preview must say whom the email reaches before Confirm; if the list cannot be read it says so.
    // Only the users this batch creates are left out: an existing user of the batch who is still
    // pending is one of the "others" the job emails too.
    const created = new Set(plan.users.filter((u) => u.action === 'create').map((u) => u.email));
    const othersPending = await pendingActivations(deps.webex, created).catch(() => undefined);
    plan.activation = { newUsers, othersPending };
  }
  const job = await deps.store.createJob(
    {
      id: newJobId(),
      kind: 'users',
      ...requester,
      role,
      welcomeEmail,
      catalogue: snapshot.catalogue,
      seats: plan.seats,
      notes: [],
    },
    plan.users,
  );
  return { job, plan };
}
