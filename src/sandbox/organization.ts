import { hydraKey } from '../webex/hydra-id.js';
import { ContactCenterSim, type ControlHubDirectory } from './contact-center-sim.js';
import type { LicenseRecord, PersonRecord } from './model.js';
import { SandboxOAuth } from './oauth.js';

/** What an organisation reads from the whole cloud: the people and licenses of every organisation. */
export interface CloudDirectory {
  readonly people: ReadonlyMap<string, PersonRecord>;
  readonly licenses: readonly LicenseRecord[];
  /** More than one organisation is loaded (with one, the organisation's people are all the people). */
  readonly severalOrganizations: boolean;
  findPersonByEmail(email: string): PersonRecord | undefined;
  contactCenterOfferOf(person: PersonRecord): 'CJPSTD' | 'CJPPRM' | undefined;
}

/**
 * One Webex organisation of the sandbox: its identity, its Service App's OAuth client and tokens, and
 * the Contact Center beside it, which reads only this organisation's people and licenses. People,
 * licenses and spaces live in the one cloud (`SandboxState`); each person and license names its
 * organisation.
 */
export class SandboxOrganization implements ControlHubDirectory {
  key = '';
  name = '';
  domain = '';
  orgUuid = '';
  orgId = '';
  /** The organisation's admin space ('' when the seed gives it none). */
  adminSpaceId = '';
  /** Client credentials, refresh tokens, expiring access tokens and narrowed scopes of this organisation. */
  readonly oauth = new SandboxOAuth();
  readonly contactCenter: ContactCenterSim;

  constructor(private readonly cloud: CloudDirectory) {
    this.contactCenter = new ContactCenterSim(this);
  }

  /** The organisation's people (all the people when it is the only organisation). */
  get people(): ReadonlyMap<string, PersonRecord> {
    if (!this.cloud.severalOrganizations) return this.cloud.people;
    const mine = new Map<string, PersonRecord>();
    for (const [id, p] of this.cloud.people) if (p.orgId === this.orgId) mine.set(id, p);
    return mine;
  }

  get licenses(): LicenseRecord[] {
    return this.cloud.licenses.filter((l) => l.orgId === this.orgId);
  }

  owns(person: PersonRecord): boolean {
    return person.orgId === this.orgId;
  }

  findPersonByEmail(email: string): PersonRecord | undefined {
    const person = this.cloud.findPersonByEmail(email);
    return person && this.owns(person) ? person : undefined;
  }

  contactCenterOfferOf(person: PersonRecord): 'CJPSTD' | 'CJPPRM' | undefined {
    return this.cloud.contactCenterOfferOf(person);
  }

  isFullAdministrator(person: PersonRecord): boolean {
    return person.roles.some((id) => hydraKey(id, 'ROLE') === 'id_full_admin');
  }

  serviceApp(): PersonRecord | undefined {
    for (const p of this.people.values()) if (p.kind === 'serviceApp') return p;
    return undefined;
  }

  /** Whether a path or query names this organisation: its key, its id or its UUID. */
  isNamed(ref: string): boolean {
    return ref === this.key || ref === this.orgId || ref === this.orgUuid;
  }
}
