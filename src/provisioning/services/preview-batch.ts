import type { JobRow, JobStore } from '../../jobs/ports.js';
import type { WebexClient } from '../../webex/webex-client.js';
import type { AdminRights } from '../full-admin-right.js';
import type { ProvisioningRole } from '../license-model.js';
import type { UserEntry } from '../parse-entries.js';
import { type Plan, planUsers } from '../plan.js';
import { lookUpPeople } from './look-up-people.js';
import { freeSeats, takeOrganisationSnapshot } from './organisation-snapshot.js';
import { newJobId, type Requester } from './requester.js';

export type BatchStore = Pick<JobStore, 'createJob'>;
export type BatchDirectory = Pick<WebexClient, 'listLicenses' | 'listRoles' | 'findPersonByEmail' | 'listPeople'>;

export interface BatchRequest {
  entries: UserEntry[];
  role: ProvisioningRole;
  welcomeEmail: boolean;
  requester: Requester;
  /** The requester's: changes of the Full Administrator role are blocked for anyone else. */
  rights: AdminRights;
}

/**
 * A card batch planned against Webex as it is now and kept as a previewed job: nothing is written to
 * Webex until someone confirms it.
 */
export async function previewBatch(
  deps: { webex: BatchDirectory; store: BatchStore },
  request: BatchRequest,
): Promise<{ job: JobRow; plan: Plan }> {
  const { entries, role, welcomeEmail, requester, rights } = request;
  const snapshot = await takeOrganisationSnapshot(deps.webex);
  const existing = await lookUpPeople(
    deps.webex,
    entries.map((e) => e.email),
  );
  const catalogue = snapshot.catalogue;
  const plan = planUsers({ entries, role, existing, catalogue, freeSeats: freeSeats(snapshot), rights });
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
