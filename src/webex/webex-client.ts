import type { ApiHttpClient, ApiResponse } from './http-client.js';
import { hydraKey } from './hydra-id.js';
import type {
  AttachmentAction,
  DownloadedFile,
  License,
  LicenseOperation,
  Membership,
  Message,
  NewMessage,
  Person,
  Role,
  Room,
  ScimBulkResult,
  ScimRoleChange,
  ScimUser,
  UserLicensesResponse,
  Webhook,
} from './types.js';

/** Webex allows at most 85 ids in one `GET /people?id=` lookup. */
export const MAX_IDS_PER_LOOKUP = 85;

function normalisePerson(raw: Record<string, unknown>): Person {
  const toBool = (v: unknown): boolean | undefined => (v === undefined ? undefined : v === true || v === 'true');
  const person = { ...raw } as unknown as Person;
  const invitePending = toBool(raw.invitePending);
  const loginEnabled = toBool(raw.loginEnabled);
  if (invitePending === undefined) delete person.invitePending;
  else person.invitePending = invitePending;
  if (loginEnabled === undefined) delete person.loginEnabled;
  else person.loginEnabled = loginEnabled;
  return person;
}

/** SCIM 2 allows at most 100 operations in one Bulk request (admin OpenAPI, "User bulk API"). */
export const MAX_SCIM_BULK_OPERATIONS = 100;

/** The PatchOp body that adds and removes roles of one user (admin OpenAPI, "Update a user with PATCH"). */
export function scimRolePatch(change: ScimRoleChange): Record<string, unknown> {
  const roles = (values: string[]) => values.map((value) => ({ value, type: 'cirole' }));
  return {
    schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
    Operations: [
      ...(change.remove.length > 0 ? [{ op: 'remove', path: 'roles', value: roles(change.remove) }] : []),
      ...(change.add.length > 0 ? [{ op: 'add', path: 'roles', value: roles(change.add) }] : []),
    ],
  };
}

/** Typed calls to the Webex REST API, on top of the one HTTP client. */
export class WebexClient {
  constructor(readonly http: ApiHttpClient) {}

  // ---- people ------------------------------------------------------------------------------

  async me(): Promise<Person> {
    return normalisePerson((await this.http.request<Record<string, unknown>>('GET', '/people/me')).body);
  }

  async getPerson(personId: string): Promise<Person> {
    const res = await this.http.request<Record<string, unknown>>('GET', `/people/${encodeURIComponent(personId)}`);
    return normalisePerson(res.body);
  }

  async *listPeople(
    query: { email?: string; displayName?: string; roles?: string; max?: number } = {},
  ): AsyncGenerator<Person> {
    for await (const raw of this.http.paginate<Record<string, unknown>>('/people', { max: 1000, ...query }))
      yield normalisePerson(raw);
  }

  async findPersonByEmail(email: string): Promise<Person | undefined> {
    const res = await this.http.request<{ items: Record<string, unknown>[] }>('GET', '/people', { query: { email } });
    const wanted = email.toLowerCase();
    const match = res.body.items.find((p) =>
      (p.emails as string[] | undefined)?.some((e) => e.toLowerCase() === wanted),
    );
    return match ? normalisePerson(match) : undefined;
  }

  /** People by id, in batches of 85. Ids Webex does not know are left out. */
  async getPeopleByIds(ids: string[]): Promise<Person[]> {
    const result: Person[] = [];
    for (let i = 0; i < ids.length; i += MAX_IDS_PER_LOOKUP) {
      const batch = ids.slice(i, i + MAX_IDS_PER_LOOKUP);
      const res = await this.http.request<{ items: Record<string, unknown>[] }>('GET', '/people', {
        query: { id: batch.join(',') },
      });
      result.push(...res.body.items.map(normalisePerson));
    }
    return result;
  }

  async createPerson(body: Record<string, unknown>): Promise<ApiResponse<Person>> {
    const res = await this.http.request<Record<string, unknown>>('POST', '/people', { body });
    return { ...res, body: normalisePerson(res.body) };
  }

  async deletePerson(personId: string): Promise<void> {
    await this.http.request('DELETE', `/people/${encodeURIComponent(personId)}`);
  }

  // ---- licenses and roles ------------------------------------------------------------------

  async listLicenses(): Promise<License[]> {
    return (await this.http.request<{ items: License[] }>('GET', '/licenses')).body.items;
  }

  /** Adds and removes licenses of one user; 206 means some operations were not applied. */
  async patchUserLicenses(body: {
    personId?: string;
    email?: string;
    orgId?: string;
    licenses: LicenseOperation[];
  }): Promise<ApiResponse<UserLicensesResponse>> {
    return this.http.request<UserLicensesResponse>('PATCH', '/licenses/users', { body, idempotent: true });
  }

  // ---- SCIM 2 (same host as /v1, under /identity/scim/{orgUuid}/v2; scope identity:people_rw) -------

  private orgUuidOnce: Promise<string> | undefined;

  /** The credential's organisation as SCIM names it (the UUID inside its Hydra id), read once. */
  private scimOrg(): Promise<string> {
    this.orgUuidOnce ??= this.me().then((me) => hydraKey(me.orgId, 'ORGANIZATION') ?? me.orgId);
    this.orgUuidOnce.catch(() => (this.orgUuidOnce = undefined));
    return this.orgUuidOnce;
  }

  /** Role changes of one person (Hydra id) through SCIM: see `scimPatchUserRoles`. */
  async patchPersonRoles(personId: string, change: ScimRoleChange): Promise<ApiResponse<ScimUser>> {
    return this.scimPatchUserRoles(await this.scimOrg(), hydraKey(personId, 'PEOPLE') ?? personId, change);
  }

  /**
   * Role changes of many people (Hydra ids) in one SCIM Bulk request (at most 100): each answer in the
   * order given, matched by `bulkId`; a missing answer (the server stopped early) is left undefined.
   */
  async patchPeopleRolesInBulk(
    changes: { personId: string; change: ScimRoleChange }[],
  ): Promise<{ trackingId: string | undefined; results: (ScimBulkResult | undefined)[] }> {
    const orgUuid = await this.scimOrg();
    const res = await this.scimBulkRoles(
      orgUuid,
      changes.map((c, i) => ({
        bulkId: `op${i}`,
        userUuid: hydraKey(c.personId, 'PEOPLE') ?? c.personId,
        change: c.change,
      })),
    );
    const byId = new Map((res.body.Operations ?? []).map((o) => [o.bulkId, o]));
    return { trackingId: res.trackingId, results: changes.map((_c, i) => byId.get(`op${i}`)) };
  }

  private scimUrl(orgUuid: string, path: string): string {
    return `${new URL(this.http.baseUrl).origin}/identity/scim/${encodeURIComponent(orgUuid)}/v2${path}`;
  }

  /** Reads one user through SCIM 2 (`Get a user`). */
  async getScimUser(orgUuid: string, userUuid: string): Promise<ScimUser> {
    return (await this.http.request<ScimUser>('GET', this.scimUrl(orgUuid, `/Users/${encodeURIComponent(userUuid)}`)))
      .body;
  }

  /**
   * Adds and removes roles of one user without touching anything else (`Update a user with PATCH`).
   * Adding a held role or removing one not held changes nothing, so a retry is safe.
   */
  async scimPatchUserRoles(orgUuid: string, userUuid: string, change: ScimRoleChange): Promise<ApiResponse<ScimUser>> {
    return this.http.request<ScimUser>('PATCH', this.scimUrl(orgUuid, `/Users/${encodeURIComponent(userUuid)}`), {
      body: scimRolePatch(change),
      idempotent: true,
    });
  }

  /**
   * Role changes of many users in one request (`User bulk API`, at most 100): the answer lists each
   * operation's own status, in the order sent, each with the `bulkId` it was sent with.
   */
  async scimBulkRoles(
    orgUuid: string,
    changes: { bulkId: string; userUuid: string; change: ScimRoleChange }[],
  ): Promise<ApiResponse<{ Operations?: ScimBulkResult[] }>> {
    if (changes.length > MAX_SCIM_BULK_OPERATIONS) throw new Error('at most 100 operations per SCIM Bulk request');
    return this.http.request<{ Operations?: ScimBulkResult[] }>('POST', this.scimUrl(orgUuid, '/Bulk'), {
      body: {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:BulkRequest'],
        failOnErrors: MAX_SCIM_BULK_OPERATIONS,
        operations: changes.map((c) => ({
          method: 'PATCH',
          path: `/Users/${c.userUuid}`,
          // The specification types `data` as the JSON text of the single PATCH body.
          data: JSON.stringify(scimRolePatch(c.change)),
          bulkId: c.bulkId,
        })),
      },
      idempotent: true,
    });
  }

  async listRoles(): Promise<Role[]> {
    return (await this.http.request<{ items: Role[] }>('GET', '/roles')).body.items;
  }

  /** Webex's bulk job that sends the activation email to every user whose activation is pending. */
  async sendActivationEmails(orgId: string): Promise<{ id: string; counts?: { userResendInviteSent: number } }> {
    return (
      await this.http.request<{ id: string; counts?: { userResendInviteSent: number } }>(
        'POST',
        `/identity/organizations/${encodeURIComponent(orgId)}/jobs/sendActivationEmails`,
      )
    ).body;
  }

  // ---- rooms and memberships ---------------------------------------------------------------

  async getRoom(roomId: string): Promise<Room> {
    return (await this.http.request<Room>('GET', `/rooms/${encodeURIComponent(roomId)}`)).body;
  }

  async findMembership(roomId: string, personId: string): Promise<Membership | undefined> {
    const res = await this.http.request<{ items: Membership[] }>('GET', '/memberships', {
      query: { roomId, personId },
    });
    return res.body.items.find((m) => m.personId === personId);
  }

  listMemberships(roomId: string): AsyncGenerator<Membership> {
    return this.http.paginate<Membership>('/memberships', { roomId, max: 1000 });
  }

  // ---- messages ----------------------------------------------------------------------------

  /**
   * Posting is retried after a 5xx like a read: an answer lost to a Webex hiccup is worse for the
   * administrator than the rare duplicate of a message Webex took but failed to confirm.
   */
  async createMessage(message: NewMessage): Promise<Message> {
    return (await this.http.request<Message>('POST', '/messages', { body: message, idempotent: true })).body;
  }

  async createMessageWithFile(
    message: NewMessage,
    file: { filename: string; contentType: string; data: Buffer | Blob },
  ): Promise<Message> {
    const form = new FormData();
    form.set('roomId', message.roomId);
    if (message.parentId) form.set('parentId', message.parentId);
    if (message.markdown !== undefined) form.set('markdown', message.markdown);
    if (message.text !== undefined) form.set('text', message.text);
    form.set(
      'files',
      file.data instanceof Blob ? file.data : new Blob([file.data], { type: file.contentType }),
      file.filename,
    );
    return (await this.http.request<Message>('POST', '/messages', { form, idempotent: true })).body;
  }

  async updateMessage(
    messageId: string,
    roomId: string,
    content: { markdown: string } | { text: string },
  ): Promise<Message> {
    return (
      await this.http.request<Message>('PUT', `/messages/${encodeURIComponent(messageId)}`, {
        body: { roomId, ...content },
      })
    ).body;
  }

  async getMessage(messageId: string): Promise<Message> {
    return (await this.http.request<Message>('GET', `/messages/${encodeURIComponent(messageId)}`)).body;
  }

  async deleteMessage(messageId: string): Promise<void> {
    await this.http.request('DELETE', `/messages/${encodeURIComponent(messageId)}`);
  }

  async getAttachmentAction(id: string): Promise<AttachmentAction> {
    return (await this.http.request<AttachmentAction>('GET', `/attachment/actions/${encodeURIComponent(id)}`)).body;
  }

  /** Downloads a file a message carries (its `files[]` URL), with the name from Content-Disposition. */
  async downloadFile(url: string): Promise<DownloadedFile> {
    const res = await this.http.request<Buffer>('GET', url, { binary: true });
    return {
      filename: filenameFromDisposition(res.headers.get('content-disposition')) ?? 'file',
      contentType: res.headers.get('content-type') ?? 'application/octet-stream',
      data: res.body,
    };
  }

  // ---- webhooks ----------------------------------------------------------------------------

  async listWebhooks(): Promise<Webhook[]> {
    const result: Webhook[] = [];
    for await (const hook of this.http.paginate<Webhook>('/webhooks', { max: 100 })) result.push(hook);
    return result;
  }

  async createWebhook(body: {
    name: string;
    targetUrl: string;
    resource: string;
    event: string;
    secret: string;
  }): Promise<Webhook> {
    // POST is not retried after a 5xx by default (it may have been done); a duplicate webhook is
    // found and removed by the next registration, so a retry is safe here.
    return (await this.http.request<Webhook>('POST', '/webhooks', { body, idempotent: true })).body;
  }

  async updateWebhook(
    id: string,
    body: { name: string; targetUrl: string; secret: string; status: 'active' },
  ): Promise<Webhook> {
    return (await this.http.request<Webhook>('PUT', `/webhooks/${encodeURIComponent(id)}`, { body })).body;
  }

  async deleteWebhook(id: string): Promise<void> {
    await this.http.request('DELETE', `/webhooks/${encodeURIComponent(id)}`);
  }
}

export function filenameFromDisposition(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(header);
  return plain ? (plain[1] ?? plain[2])!.trim() : undefined;
}
