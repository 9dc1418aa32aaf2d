import type { Logger } from 'pino';
import type { AllowedActors } from '../config.js';
import { hydraKey } from '../webex/hydra-id.js';
import type { Person } from '../webex/types.js';
import type { WebexClient } from '../webex/webex-client.js';

export type AuthDecision =
  | { allowed: true; person: Person; via: 'admin-role' | 'allow-list' }
  | { allowed: false; reason: 'not_admin_space' | 'not_member' | 'not_allowed'; person?: Person };

/** Control Hub roles that may provision users (Full Administrator, User Administrator). */
const PROVISIONING_ROLE_KEYS = ['id_full_admin', 'id_user_admin'];
const PROVISIONING_ROLE_NAMES = /^(full admin(istrator)?|user admin(istrator)?|user and device admin(istrator)?)$/i;

/**
 * Who may act: only in a configured admin space, only members of it, and only Control Hub
 * administrators (Full or User Administrator) of the bot's organisation or people on the allow-list.
 * Every command and every card submission is checked against the person who sent it.
 */
export class Authorizer {
  private provisioningRoleIds: Promise<Set<string>> | undefined;
  private orgId: Promise<string> | undefined;

  constructor(
    private readonly options: {
      adminRoomIds: string[];
      allowedActors: AllowedActors;
      botClient: WebexClient;
      adminClient: WebexClient;
      logger: Logger;
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
    if (person.orgId === (await this.organisationId()) && (await this.holdsProvisioningRole(person))) {
      return { allowed: true, person, via: 'admin-role' };
    }
    if (this.onAllowList(person)) return { allowed: true, person, via: 'allow-list' };
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
    this.orgId ??= this.options.adminClient.me().then((me) => me.orgId);
    this.orgId.catch(() => (this.orgId = undefined));
    return this.orgId;
  }

  private async holdsProvisioningRole(person: Person): Promise<boolean> {
    const roles = person.roles ?? [];
    if (roles.some((id) => PROVISIONING_ROLE_KEYS.includes(hydraKey(id, 'ROLE') ?? ''))) return true;
    if (roles.length === 0) return false;
    // Role ids that do not carry a known key: fall back to the role names of the organisation.
    this.provisioningRoleIds ??= this.options.adminClient
      .listRoles()
      .then((all) => new Set(all.filter((r) => PROVISIONING_ROLE_NAMES.test(r.name.trim())).map((r) => r.id)));
    this.provisioningRoleIds.catch(() => (this.provisioningRoleIds = undefined));
    const ids = await this.provisioningRoleIds;
    return roles.some((id) => ids.has(id));
  }
}
