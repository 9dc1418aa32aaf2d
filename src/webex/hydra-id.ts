/**
 * Webex ("Hydra") identifiers: unpadded base64url of `ciscospark://us/<TYPE>/<uuid-or-key>`.
 * The SDK under the bot framework only accepts ids of this form, so the sandbox issues them and the
 * bot decodes them (the UUID inside a person id is the Common Identity user id the Contact Center
 * API calls `ciUserId`; the UUID inside an organisation id is the `orgid` of that API).
 */
export type HydraType =
  | 'PEOPLE'
  | 'ORGANIZATION'
  | 'ROOM'
  | 'MEMBERSHIP'
  | 'MESSAGE'
  | 'WEBHOOK'
  | 'ATTACHMENT_ACTION'
  | 'LICENSE'
  | 'ROLE'
  | 'CONTENT'
  | 'APPLICATION';

export function encodeHydraId(type: HydraType, key: string, cluster = 'us'): string {
  return Buffer.from(`ciscospark://${cluster}/${type}/${key}`, 'utf8').toString('base64url');
}

export interface DecodedHydraId {
  cluster: string;
  type: string;
  key: string;
}

export function decodeHydraId(id: string): DecodedHydraId | undefined {
  let text: string;
  try {
    text = Buffer.from(id, 'base64url').toString('utf8');
  } catch {
    return undefined;
  }
  const match = /^ciscospark:\/\/([^/]+)\/([^/]+)\/(.+)$/.exec(text);
  if (!match) return undefined;
  return { cluster: match[1]!, type: match[2]!, key: match[3]! };
}

/** The key part of a hydra id of the given type, or undefined when the id is not of that type. */
export function hydraKey(id: string, type: HydraType): string | undefined {
  const decoded = decodeHydraId(id);
  return decoded && decoded.type === type ? decoded.key : undefined;
}
