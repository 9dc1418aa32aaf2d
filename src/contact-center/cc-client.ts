import { WebexApiError } from '../webex/errors.js';
import type { ApiHttpClient } from '../webex/http-client.js';

/** The parts of a Contact Center user the bot reads (updates send back everything read). */
export interface CcUser {
  id: string;
  ciUserId: string;
  email: string;
  firstName?: string;
  lastName?: string;
  userProfileId?: string;
  userProfileType?: string;
  contactCenterEnabled: boolean;
  active: boolean;
  version?: number;
  [field: string]: unknown;
}

export interface CcUserProfile {
  id: string;
  name: string;
  profileType: string;
  systemDefault?: boolean;
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

  /** The Contact Center user of a Common Identity (Control Hub) user, or undefined when there is none yet. */
  async userByCiUserId(ciUserId: string): Promise<{ user: CcUser | undefined; trackingId: string | undefined }> {
    const org = await this.orgUuid();
    try {
      const res = await this.http.request<CcUser>(
        'GET',
        `/organization/${org}/user/by-ci-user-id/${encodeURIComponent(ciUserId)}`,
      );
      return { user: res.body, trackingId: res.trackingId };
    } catch (error) {
      if (error instanceof WebexApiError && error.code === 'not_found')
        return { user: undefined, trackingId: error.trackingId };
      throw error;
    }
  }

  /** Replaces a Contact Center user (read it first: the version must match, or the API answers 412). */
  async updateUser(user: CcUser): Promise<CcUser> {
    const org = await this.orgUuid();
    return (
      await this.http.request<CcUser>('PUT', `/organization/${org}/user/${encodeURIComponent(user.id)}`, { body: user })
    ).body;
  }

  async userProfiles(): Promise<CcUserProfile[]> {
    const org = await this.orgUuid();
    return (
      await this.http.request<{ data: CcUserProfile[] }>('GET', `/organization/${org}/v3/user-profile`, {
        query: { pageSize: 1000 },
      })
    ).body.data;
  }

  /** Every Contact Center user of the organisation, page by page. */
  async *listUsers(pageSize = 1000): AsyncGenerator<CcUser> {
    const org = await this.orgUuid();
    for (let page = 0; ; page += 1) {
      const res = await this.http.request<UserPage>('GET', `/organization/${org}/v2/user`, {
        query: { page, pageSize },
      });
      for (const user of res.body.data) yield user;
      const totalPages = res.body.meta?.totalPages ?? 1;
      if (page + 1 >= totalPages || res.body.data.length === 0) return;
    }
  }
}
