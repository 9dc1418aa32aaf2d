import type { Person } from '../../webex/types.js';
import type { WebexClient } from '../../webex/webex-client.js';

/** Up to this many addresses are looked up one by one; more, and the organisation is listed once. */
const ONE_BY_ONE = 25;

/**
 * The users of a batch as Webex has them now, by address. Webex has no batch search by email: for a
 * card's 25 users one look-up each is cheaper than listing a whole organisation; for a file the
 * organisation is listed once and only what planning needs is kept, for the addresses of the file.
 */
export async function lookUpPeople(
  adminClient: Pick<WebexClient, 'findPersonByEmail' | 'listPeople'>,
  emails: string[],
): Promise<Map<string, Person | undefined>> {
  const found = new Map<string, Person | undefined>();
  if (emails.length <= ONE_BY_ONE) {
    for (const [email, person] of await Promise.all(
      emails.map(async (e) => [e, await adminClient.findPersonByEmail(e)] as const),
    ))
      found.set(email, person);
    return found;
  }
  const wanted = new Set(emails);
  for await (const person of adminClient.listPeople()) {
    const email = person.emails[0]?.toLowerCase();
    if (email && wanted.has(email)) {
      found.set(email, {
        id: person.id,
        emails: [email],
        displayName: '',
        orgId: person.orgId,
        licenses: person.licenses ?? [],
        roles: person.roles ?? [],
        ...(person.type ? { type: person.type } : {}),
      });
    }
  }
  return found;
}
