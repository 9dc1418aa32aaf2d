import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AgentCatalogue, AgentSettings } from '../../contact-center/agent-settings.js';
import type { ContactCenterClient } from '../../contact-center/cc-client.js';
import { writeUsersExport } from '../../csv/export-users.js';
import type { JobStore } from '../../jobs/ports.js';
import { writingFile } from '../../storage/errors.js';
import type { WebexClient } from '../../webex/webex-client.js';
import { currentAgentOf, heldSettings } from '../agent-plan.js';
import { takeOrganisationSnapshot } from './organisation-snapshot.js';

export interface UsersExport {
  /** Where the CSV was written, and the name it is posted under. */
  path: string;
  filename: string;
  count: number;
  /**
   * Why supervisors and agent settings could not be written (the Contact Center API did not answer);
   * the file has the rest, with the settings columns blank (which an import reads as "leave as is").
   */
  contactCenterProblem: string | undefined;
}

/**
 * Every user of the organisation in Control Hub's layout, written to `<dataDir>/exports`; a folder that
 * cannot be written or a full disk is a FileWriteError.
 */
export async function exportUsers(deps: {
  webex: Pick<WebexClient, 'listLicenses' | 'listRoles' | 'listPeople'>;
  contactCenter: Pick<ContactCenterClient, 'listUsers'> &
    Partial<Pick<ContactCenterClient, 'catalogue' | 'userProfiles'>>;
  dataDir: string;
  /** The Supervisor the admin chose, for users whose role Control Hub has not given yet. */
  store?: Pick<JobStore, 'supervisorWanted'>;
  now?: () => Date;
}): Promise<UsersExport> {
  const { licenses, catalogue } = await takeOrganisationSnapshot(deps.webex);
  const profileTypes = new Map<string, string>();
  const agents = new Map<string, AgentSettings>();
  let contactCenterProblem: string | undefined;
  try {
    const lists: AgentCatalogue | undefined = await deps.contactCenter.catalogue?.();
    // The v2 listing gives the profile's id; its type comes from the user profiles, read once if needed.
    const profileIds = new Map<string, string>();
    for await (const user of deps.contactCenter.listUsers()) {
      if (user.userProfileType) profileTypes.set(user.ciUserId, user.userProfileType);
      else if (user.userProfileId) profileIds.set(user.ciUserId, user.userProfileId);
      if (lists) agents.set(user.ciUserId, heldSettings(currentAgentOf(user), lists));
    }
    if (profileIds.size > 0 && deps.contactCenter.userProfiles) {
      const types = new Map((await deps.contactCenter.userProfiles()).map((p) => [p.id, p.profileType]));
      for (const [ciUserId, id] of profileIds) {
        const type = types.get(id);
        if (type) profileTypes.set(ciUserId, type);
      }
    }
  } catch (error) {
    contactCenterProblem = (error as Error).message;
    agents.clear();
  }
  const dir = join(deps.dataDir, 'exports');
  const filename = `users-${(deps.now?.() ?? new Date()).toISOString().slice(0, 10)}.csv`;
  const path = join(dir, `${randomBytes(4).toString('hex')}-${filename}`);
  const count = await writingFile(dir, () => {
    mkdirSync(dir, { recursive: true });
    return writeUsersExport({
      people: deps.webex.listPeople(),
      licenses,
      catalogue,
      profileTypes,
      agents,
      ...(deps.store ? { supervisorWanted: (email: string) => deps.store!.supervisorWanted(email) } : {}),
      out: createWriteStream(path),
    });
  });
  return { path, filename, count, contactCenterProblem };
}
