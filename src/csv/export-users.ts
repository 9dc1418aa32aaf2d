import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AGENT_FIELDS, type AgentSettings } from '../contact-center/agent-settings.js';
import { accessOf, type OrgCatalogue } from '../provisioning/license-model.js';
import { hydraKey } from '../webex/hydra-id.js';
import type { License, Person } from '../webex/types.js';
import {
  AGENT_HEADERS,
  DISPLAY_NAME_HEADER,
  EMAIL_HEADER,
  FIRST_NAME_HEADER,
  LAST_NAME_HEADER,
  licenseColumns,
  PHONE_HEADER,
  ROLE_HEADER,
  ROLE_VALUES,
} from './control-hub-columns.js';
import { csvLine, UTF8_BOM } from './write-csv.js';

/**
 * Writes every user of the organisation in Control Hub's CSV layout, row by row as the pages arrive,
 * so memory stays flat however large the organisation is; the Contact Center settings columns follow
 * (names, blank where the Contact Center holds nothing), so that the file comes back as it went out.
 */
export async function writeUsersExport(options: {
  people: AsyncIterable<Person>;
  licenses: License[];
  catalogue: OrgCatalogue;
  /** Contact Center user profile type by CI user id (SUPERVISOR marks supervisors). */
  profileTypes: Map<string, string>;
  /** What each Contact Center user holds (site, teams, profiles, named), by CI user id. */
  agents?: Map<string, AgentSettings>;
  /**
   * Whether the admin chose Supervisor for a user (their last job that went through): the Supervisor
   * role is given in Control Hub after the bot's job, so until then the Contact Center still says agent.
   */
  supervisorWanted?: (email: string) => Promise<boolean>;
  /** A file stream still opening is fine: its failure (a folder it cannot write in) rejects the promise. */
  out: Writable;
}): Promise<number> {
  const { people, licenses, catalogue, profileTypes, out } = options;
  const agents = options.agents ?? new Map<string, AgentSettings>();
  // Teams are written as the import reads them: separated by "; ".
  const agentCells = (held: AgentSettings | undefined): string[] =>
    AGENT_FIELDS.map((field) =>
      field === 'teams' ? (held?.teams ?? []).map((t) => t.name).join('; ') : (held?.[field]?.name ?? ''),
    );
  const columns = licenseColumns(licenses);
  let count = 0;
  const lines = async function* (): AsyncGenerator<string> {
    yield UTF8_BOM +
      csvLine([
        EMAIL_HEADER,
        FIRST_NAME_HEADER,
        LAST_NAME_HEADER,
        DISPLAY_NAME_HEADER,
        PHONE_HEADER,
        ...columns.map((c) => c.header),
        ROLE_HEADER,
        ...AGENT_FIELDS.map((f) => AGENT_HEADERS[f]),
      ]);
    for await (const person of people) {
      if (person.type && person.type !== 'person') continue;
      const held = person.licenses ?? [];
      const access = accessOf(person, catalogue);
      const ciUserId = hydraKey(person.id, 'PEOPLE');
      let role = '';
      if (access.tier !== 'none') {
        if (access.fullAdmin && access.tier === 'premium') role = ROLE_VALUES.administrator;
        else if (ciUserId && profileTypes.get(ciUserId) === 'SUPERVISOR') role = ROLE_VALUES.supervisor;
        // As the admin chose it: a Supervisor waiting for the Control Hub step is not written back as Agent.
        else if (access.tier === 'premium' && person.emails[0] && (await options.supervisorWanted?.(person.emails[0])))
          role = ROLE_VALUES.supervisor;
        else if (!access.fullAdmin) role = ROLE_VALUES.agent;
      }
      const phone = person.phoneNumbers?.find((n) => n.type === 'work' || n.type === 'mobile')?.value ?? '';
      yield csvLine([
        person.emails[0] ?? '',
        person.firstName ?? '',
        person.lastName ?? '',
        person.displayName ?? '',
        phone,
        ...columns.map((c) => (held.includes(c.licenseId) ? 'TRUE' : 'FALSE')),
        role,
        ...agentCells(ciUserId ? agents.get(ciUserId) : undefined),
      ]);
      count += 1;
    }
  };
  // The pipeline ends the stream and waits for it; an error of the file (it cannot be opened, the disk
  // fills) stops the reading of people and rejects, instead of being an 'error' event nobody hears.
  await pipeline(lines(), out);
  return count;
}
