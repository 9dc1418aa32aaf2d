import { hydraKey } from './hydra-id.js';
import type { WebexClient } from './webex-client.js';

export interface Organisation {
  /** The Hydra id Webex's APIs use. */
  orgId: string;
  /** The bare UUID the Contact Center API's paths use. */
  orgUuid: string;
}

/**
 * The organisation as the admin credential sees it: looked up once, and again after a failure (a
 * start while Webex is unreachable must not leave the bot without its organisation for good).
 */
export function organisationLookUp(
  adminClient: Pick<WebexClient, 'me'>,
  /** The organization configured for this credential (Hydra id or UUID): any other is refused. */
  expectedOrgId?: string,
): () => Promise<Organisation> {
  let org: Promise<Organisation> | undefined;
  return () => {
    org ??= adminClient.me().then((me) => {
      checkOrganisation(expectedOrgId, me.orgId);
      return { orgId: me.orgId, orgUuid: uuidOf(me.orgId) };
    });
    org.catch(() => (org = undefined));
    return org;
  };
}

const uuidOf = (orgId: string): string => (hydraKey(orgId, 'ORGANIZATION') ?? orgId).toLowerCase();

/**
 * An admin credential that belongs to another organization than the one configured for it (a Service
 * App authorised by the wrong customer, say): the bot must not act with it, or it would provision the
 * other customer's people.
 */
export class OrganisationMismatchError extends Error {
  override readonly name = 'OrganisationMismatchError';
  constructor(
    readonly expectedOrgId: string,
    readonly actualOrgId: string,
  ) {
    super(`the admin credential belongs to the organization ${actualOrgId}, not to ${expectedOrgId} as configured`);
  }
}

/** Throws when a configured organization is given and the credential's is another. */
export function checkOrganisation(expectedOrgId: string | undefined, actualOrgId: string): void {
  if (expectedOrgId && uuidOf(expectedOrgId) !== uuidOf(actualOrgId))
    throw new OrganisationMismatchError(expectedOrgId, actualOrgId);
}
