import type { PeopleApi } from '../../src/provisioning/execute-user.js';
import { WebexApiError } from '../../src/webex/errors.js';
import type { LicenseOperation, Person, ScimRoleChange } from '../../src/webex/types.js';

/**
 * Webex's people as far as provisioning sees them: kept in memory, every call written down in order.
 * `down` makes every call fail as Webex does in an outage (5xx after the client's retries);
 * `failingFor` fails only the calls about one address.
 */
export class FakePeople implements PeopleApi {
  readonly people = new Map<string, Person>();
  readonly calls: string[] = [];
  private readonly creations = new Map<string, number>();
  down = false;
  failingFor: string | undefined;

  private check(what: string, email?: string): void {
    this.calls.push(what);
    if (this.down || (email !== undefined && email === this.failingFor))
      throw new WebexApiError('server_error', 'Service Unavailable', 503, 'T-down', [], {
        method: 'GET',
        path: '/v1/people',
      });
  }

  add(email: string, licenses: string[] = []): Person {
    const person: Person = {
      id: `person-${email}`,
      emails: [email],
      displayName: email,
      orgId: 'org',
      licenses,
      roles: [],
    };
    this.people.set(email, person);
    return person;
  }

  private answer<T>(body: T) {
    return { status: 200, body, headers: new Headers(), trackingId: `T-${this.calls.length}` };
  }

  async findPersonByEmail(email: string): Promise<Person | undefined> {
    this.check(`find ${email}`, email);
    return this.people.get(email);
  }

  async getPerson(personId: string): Promise<Person> {
    this.check(`get ${personId}`);
    return [...this.people.values()].find((p) => p.id === personId)!;
  }

  async createPerson(body: Record<string, unknown>) {
    const email = (body.emails as string[])[0]!;
    this.check(`create ${email}`, email);
    // Slow enough that the workers overlap.
    await new Promise((resolve) => setTimeout(resolve, 5));
    this.creations.set(email, (this.creations.get(email) ?? 0) + 1);
    return this.answer(this.add(email, body.licenses as string[]));
  }

  /** Roles are kept by SCIM value here (`id_full_admin`), as the SCIM calls name them. */
  async patchPersonRoles(personId: string, change: ScimRoleChange) {
    this.check(`roles ${personId}`);
    return this.answer(this.applyRoles(personId, change));
  }

  /** The next Bulk request goes unanswered (a 503 after the client's retries). */
  bulkUnanswered = false;

  async patchPeopleRolesInBulk(changes: { personId: string; change: ScimRoleChange }[]) {
    this.check('bulk roles');
    if (this.bulkUnanswered) {
      this.bulkUnanswered = false;
      throw new WebexApiError('server_error', 'Service Unavailable', 503, 'T-bulk', [], {
        method: 'POST',
        path: '/identity/scim/org/v2/Bulk',
      });
    }
    return {
      trackingId: `T-${this.calls.length}`,
      results: changes.map((c) => {
        this.applyRoles(c.personId, c.change);
        return { method: 'PATCH', status: '200' };
      }),
    };
  }

  private applyRoles(personId: string, change: ScimRoleChange) {
    const person = [...this.people.values()].find((p) => p.id === personId)!;
    const roles = (person.roles ?? []).filter((r) => !change.remove.includes(r));
    for (const r of change.add) if (!roles.includes(r)) roles.push(r);
    person.roles = roles;
    return { id: personId, userName: person.emails[0]!, roles: roles.map((value) => ({ value, type: 'cirole' })) };
  }

  async patchUserLicenses(body: { personId: string; licenses: LicenseOperation[] }) {
    this.check(`patch ${body.personId}`);
    const person = [...this.people.values()].find((p) => p.id === body.personId)!;
    const licenses = new Set(person.licenses);
    for (const op of body.licenses) op.operation === 'add' ? licenses.add(op.id) : licenses.delete(op.id);
    person.licenses = [...licenses];
    return this.answer({ orgId: 'org', personId: person.id, email: person.emails[0]!, licenses: person.licenses });
  }

  /** Creations Webex carried out (the ones that did not fail), per address. */
  created(email: string): number {
    return this.creations.get(email) ?? 0;
  }

  /** The writes asked for an address (created or not). */
  writesFor(email: string): string[] {
    const id = `person-${email}`;
    return this.calls.filter((c) => c === `create ${email}` || c === `patch ${id}` || c === `roles ${id}`);
  }
}
