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
export function organisationLookUp(adminClient: Pick<WebexClient, 'me'>): () => Promise<Organisation> {
  let org: Promise<Organisation> | undefined;
  return () => {
    org ??= adminClient
      .me()
      .then((me) => ({ orgId: me.orgId, orgUuid: hydraKey(me.orgId, 'ORGANIZATION') ?? me.orgId }));
    org.catch(() => (org = undefined));
    return org;
  };
}
