import type { Logger } from 'pino';
import type { AllowedActors } from '../config.js';
import { FULL_ADMIN_ROLE_KEY } from '../provisioning/license-model.js';
import { hydraKey } from '../webex/hydra-id.js';
import type { Person } from '../webex/types.js';
import type { WebexClient } from '../webex/webex-client.js';

export type AuthDecision =
  /** `fullAdmin`: a Full Administrator of the bot's organisation (never so by the allow-list alone). */
  | { allowed: true; person: Person; via: 'admin-role' | 'allow-list'; fullAdmin: boolean }
  | { allowed: false; reason: 'not_admin_space' | 'not_member' | 'not_allowed'; person?: Person };

/**
 * Control Hub roles that may provision users: Full Administrator, User (and Device) Administrator, and
 * Contact Center Service Administrator (help.webex.com n5jdj19), which the administrators of a Contact
 * Center often hold instead of a Control Hub-wide role. The Contact Center role has no documented id:
 * it is found by its name in GET /roles.
 */
const PROVISIONING_ROLE_KEYS = ['id_full_admin', 'id_user_admin'];
const PROVISIONING_ROLE_NAMES =
  /^(full admin(istrator)?|user admin(istrator)?|user and device admin(istrator)?|contact center service admin(istrator)?)$/i;
const FULL_ADMIN_ROLE_NAME = /^full admin(istrator)?$/i;

interface NamedRoles {
  provisioning: Set<string>;
  fullAdmin: Set<string>;
}

/**
 * Who may act: only in a configured admin space, only members of it, and only Control Hub
 * administrators (Full, User or Contact Center Service Administrator) of the bot's organisation or
 * people on the allow-list.
 * Every command and every card submission is checked against the person who sent it, and the answer
 * says whether that person is a Full Administrator: only they may grant or remove that role.
 */
export class Authorizer {
  private namedRoles: Promise<NamedRoles> | undefined;
  private orgId: Promise<string> | undefined;

  constructor(
    private readonly options: {
      adminRoomIds: string[];
      allowedActors: AllowedActors;
      botClient: WebexClient;
      adminClient: WebexClient;
      logger: Logger;
      /** The organization's id as its credential sees it (checked against the configured one); default: GET /people/me. */
      organisationId?: () => Promise<string>;
    },
  ) {}

  isAdminSpace(roomId: string): boolean {
    return this.options.adminRoomIds.includes(roomId);
  }

  async check(roomId: string, personId: string): Promise<AuthDecision> {
    if (!this.isAdminSpace(roomId)) return { allowed: false, reason: 'not_admin_space' };
    const membership = await this.options.botClient.findMembership(roomId, personId);
    if (!membership) return { allowed: false, reason: 'not_member' };
    const person = await this.options.adminClient.getPerson(personId);
    if (person.orgId === (await this.organisationId())) {
      const roles = await this.adminRoles(person);
      if (roles.provisioning) return { allowed: true, person, via: 'admin-role', fullAdmin: roles.fullAdmin };
    }
    if (this.onAllowList(person)) return { allowed: true, person, via: 'allow-list', fullAdmin: false };
    return { allowed: false, reason: 'not_allowed', person };
  }

  private onAllowList(person: Person): boolean {
    const { emails, domains } = this.options.allowedActors;
    return person.emails.some((raw) => {
      const email = raw.toLowerCase();
      return emails.includes(email) || domains.includes(email.slice(email.lastIndexOf('@') + 1));
    });
  }

  private organisationId(): Promise<string> {
    this.orgId ??= this.options.organisationId
      ? this.options.organisationId()
      : this.options.adminClient.me().then((me) => me.orgId);
    this.orgId.catch(() => (this.orgId = undefined));
    return this.orgId;
  }

  /** Whether the person may provision users, and whether they are a Full Administrator. */
  private async adminRoles(person: Person): Promise<{ provisioning: boolean; fullAdmin: boolean }> {
    const roles = person.roles ?? [];
    const keys = roles.map((id) => hydraKey(id, 'ROLE') ?? '');
    const fullAdmin = keys.includes(FULL_ADMIN_ROLE_KEY);
    const provisioning = keys.some((key) => PROVISIONING_ROLE_KEYS.includes(key));
    // Roles the keys do not settle (any other id, such as the Contact Center Service Administrator's):
    // fall back to the role names of the organisation.
    const unkeyed = roles.filter((_, i) => !PROVISIONING_ROLE_KEYS.includes(keys[i]!));
    if (fullAdmin || unkeyed.length === 0) return { provisioning, fullAdmin };
    this.namedRoles ??= this.options.adminClient.listRoles().then((all) => {
      const named = (pattern: RegExp) => new Set(all.filter((r) => pattern.test(r.name.trim())).map((r) => r.id));
      return { provisioning: named(PROVISIONING_ROLE_NAMES), fullAdmin: named(FULL_ADMIN_ROLE_NAME) };
    });
    this.namedRoles.catch(() => (this.namedRoles = undefined));
    const ids = await this.namedRoles;
    return {
      provisioning: provisioning || unkeyed.some((id) => ids.provisioning.has(id)),
      fullAdmin: unkeyed.some((id) => ids.fullAdmin.has(id)),
    };
  }
}
