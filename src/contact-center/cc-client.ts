import type { ApiHttpClient } from '../webex/http-client.js';

/** The parts of a Contact Center user the bot reads. */
export interface CcUser {
  id: string;
  ciUserId: string;
  email: string;
  userProfileId?: string;
  userProfileType?: string;
  contactCenterEnabled: boolean;
  active: boolean;
  version?: number;
}

interface UserPage {
  meta?: { page: number; totalPages: number };
  data: CcUser[];
}

/** Typed calls to the Contact Center users API (on top of the one HTTP client). */
export class ContactCenterClient {
  constructor(
    readonly http: ApiHttpClient,
    private readonly orgUuid: () => Promise<string>,
  ) {}

  /** Every Contact Center user of the organisation, page by page. */
  async *listUsers(pageSize = 1000): AsyncGenerator<CcUser> {
    const org = await this.orgUuid();
    for (let page = 0; ; page += 1) {
      const res = await this.http.request<UserPage>('GET', `/organization/${org}/v2/user`, { query: { page, pageSize } });
      for (const user of res.body.data) yield user;
      const totalPages = res.body.meta?.totalPages ?? 1;
      if (page + 1 >= totalPages || res.body.data.length === 0) return;
    }
  }
}
