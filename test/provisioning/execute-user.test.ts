import { describe, expect, it } from 'vitest';
import { type PeopleApi, provisionUser, type UserTask } from '../../src/provisioning/execute-user.js';
import type { OrgCatalogue } from '../../src/provisioning/license-model.js';
import { WebexApiError, type WebexErrorCode } from '../../src/webex/errors.js';
import type { LicenseOperation, Person } from '../../src/webex/types.js';

const catalogue: OrgCatalogue = { licenseIds: { standard: ['STD'], premium: ['PRM'] }, fullAdminRoleId: 'ADMIN' };
const EMAIL = 'ana@acme.example.com';

function apiError(code: WebexErrorCode, status: number, message: string, details: string[] = []): WebexApiError {
  return new WebexApiError(
    code,
    message,
    status,
    'T-err',
    details.map((description) => ({ description })),
    { method: 'POST', path: '/v1/people' },
  );
}

/** People kept in memory; `createAnswer` makes the create fail, after (`applied`) or without doing it. */
class People implements PeopleApi {
  readonly people = new Map<string, Person>();
  readonly calls: string[] = [];
  readonly bodies: Record<string, unknown>[] = [];
  constructor(private readonly createAnswer?: { error: WebexApiError; applied: boolean }) {}

  private answer<T>(body: T) {
    return { status: 200, body, headers: new Headers(), trackingId: 'T-ok' };
  }

  async findPersonByEmail(email: string) {
    this.calls.push('find');
    return this.people.get(email);
  }

  async getPerson(personId: string) {
    this.calls.push('get');
    return [...this.people.values()].find((p) => p.id === personId)!;
  }

  async createPerson(body: Record<string, unknown>) {
    this.calls.push('create');
    this.bodies.push(body);
    const email = (body.emails as string[])[0]!;
    const person: Person = {
      id: `id-${email}`,
      emails: [email],
      displayName: String(body.displayName),
      orgId: 'org',
      licenses: body.licenses as string[],
      roles: body.roles as string[],
    };
    if (!this.createAnswer || this.createAnswer.applied) this.people.set(email, person);
    if (this.createAnswer) throw this.createAnswer.error;
    return this.answer(person);
  }

  // Role changes go through SCIM; these tests create Standard agents, who need none.
  async patchPersonRoles(): Promise<never> {
    throw new Error('not expected');
  }

  async patchPeopleRolesInBulk(): Promise<never> {
    throw new Error('not expected');
  }

  async patchUserLicenses(body: { personId: string; licenses: LicenseOperation[] }) {
    this.calls.push('patch');
    const person = [...this.people.values()].find((p) => p.id === body.personId)!;
    for (const op of body.licenses) if (op.operation === 'add') person.licenses = [...(person.licenses ?? []), op.id];
    return this.answer({ orgId: 'org', personId: person.id, email: person.emails[0]!, licenses: person.licenses! });
  }
}

function task(extra: Partial<UserTask> = {}): UserTask {
  return { email: EMAIL, action: 'create', after: { tier: 'standard', fullAdmin: false }, uncertain: false, ...extra };
}

const run = (api: PeopleApi, t = task()) =>
  provisionUser(
    api,
    catalogue,
    t,
    async () => {},
    (tier) => catalogue.licenseIds[tier as 'standard']?.[0],
  );

describe('creating a user', () => {
  it('sends no phone numbers, and the display name given, else first and last name', async () => {
    const api = new People();
    await run(api, task({ firstName: 'Ana', lastName: 'Souza', displayName: 'Ana S. (Vendas)', phone: '+5511' }));
    expect(api.bodies[0]).toEqual({
      emails: [EMAIL],
      displayName: 'Ana S. (Vendas)',
      firstName: 'Ana',
      lastName: 'Souza',
      licenses: ['STD'],
      roles: [],
    });
    const other = new People();
    await run(other, task({ firstName: 'Ana', lastName: 'Souza', phone: '+5511' }));
    expect(other.bodies[0]!.displayName).toBe('Ana Souza');
    expect(other.bodies[0]).not.toHaveProperty('phoneNumbers');
  });

  it.each([
    ['400', apiError('bad_request', 400, 'Bad request')],
    ['500', apiError('server_error', 500, 'Internal error')],
  ])('counts a user Webex created although it answered %s, once', async (_status, error) => {
    const api = new People({ error, applied: true });
    const result = await run(api);
    expect(result).toMatchObject({
      outcome: 'created',
      personId: `id-${EMAIL}`,
      createAnswered: { status: error.status },
    });
    expect(api.calls.filter((c) => c === 'create')).toHaveLength(1);
    expect(api.people.get(EMAIL)!.licenses).toEqual(['STD']);
  });

  it('reports a refused create after looking the address up', async () => {
    const api = new People({ error: apiError('bad_request', 400, 'displayName is too long'), applied: false });
    const result = await run(api);
    expect(result.outcome).toBe('failed');
    expect(result.reason).toEqual({ key: 'exec.refused', params: { message: 'displayName is too long' } });
    expect(api.calls).toEqual(['create', 'find']);
  });

  it('does not look up after a refusal of the credential or rights', async () => {
    const api = new People({ error: apiError('forbidden', 403, 'Forbidden'), applied: false });
    const result = await run(api);
    expect(result.reason).toEqual({ key: 'exec.forbidden' });
    expect(api.calls).toEqual(['create']);
  });

  it('tries a throttled create again without looking up, and reports Webex unavailable in the end', async () => {
    const api = new People({ error: apiError('rate_limited', 429, 'Too Many Requests'), applied: false });
    const result = await run(api);
    expect(result).toMatchObject({ outcome: 'failed', unavailable: true });
    expect(api.calls).toEqual(['create', 'create', 'create']);
  });

  it("quotes Webex's message for an address another organisation holds", async () => {
    const error = apiError('conflict', 409, 'User already exists in another organization.', [
      'User already exists in another organization.',
      'Delete that organization first.',
    ]);
    const result = await run(new People({ error, applied: false }));
    expect(result).toMatchObject({
      outcome: 'failed',
      reason: {
        key: 'exec.otherOrganisation',
        params: {
          email: EMAIL,
          message: 'User already exists in another organization. Delete that organization first.',
        },
      },
      advice: { key: 'exec.otherOrganisation.advice' },
      trackingId: 'T-err',
    });
  });

  it('takes over a user someone else created meanwhile (409 in this organisation)', async () => {
    const api = new People({ error: apiError('conflict', 409, 'User already exists.'), applied: true });
    const result = await run(api);
    expect(result.outcome).toBe('created');
    expect(api.people.get(EMAIL)!.licenses).toEqual(['STD']);
  });
});
