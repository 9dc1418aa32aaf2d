import type { ApiHttpClient, ApiResponse } from './http-client.js';
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

  /** Full replace: Webex resets whatever the body leaves out, so callers send back everything they read. */
  async replacePerson(personId: string, body: Record<string, unknown>): Promise<ApiResponse<Person>> {
    const res = await this.http.request<Record<string, unknown>>('PUT', `/people/${encodeURIComponent(personId)}`, {
      body,
    });
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
