import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ContactCenterClient } from '../../contact-center/cc-client.js';
import { writeUsersExport } from '../../csv/export-users.js';
import { writingFile } from '../../storage/errors.js';
import type { WebexClient } from '../../webex/webex-client.js';
import { takeOrganisationSnapshot } from './organisation-snapshot.js';

export interface UsersExport {
  /** Where the CSV was written, and the name it is posted under. */
  path: string;
  filename: string;
  count: number;
  /** Why supervisors could not be marked (the Contact Center API did not answer); the file has the rest. */
  contactCenterProblem: string | undefined;
}

/**
 * Every user of the organisation in Control Hub's layout, written to `<dataDir>/exports`; a folder that
 * cannot be written or a full disk is a FileWriteError.
 */
export async function exportUsers(deps: {
  webex: Pick<WebexClient, 'listLicenses' | 'listRoles' | 'listPeople'>;
  contactCenter: Pick<ContactCenterClient, 'listUsers'>;
  dataDir: string;
  now?: () => Date;
}): Promise<UsersExport> {
  const { licenses, catalogue } = await takeOrganisationSnapshot(deps.webex);
  const profileTypes = new Map<string, string>();
  let contactCenterProblem: string | undefined;
  try {
    for await (const user of deps.contactCenter.listUsers())
      if (user.userProfileType) profileTypes.set(user.ciUserId, user.userProfileType);
  } catch (error) {
    contactCenterProblem = (error as Error).message;
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
      out: createWriteStream(path),
    });
  });
  return { path, filename, count, contactCenterProblem };
}
