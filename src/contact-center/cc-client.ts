import { WebexApiError } from '../webex/errors.js';
import type { ApiHttpClient } from '../webex/http-client.js';
import type { AgentCatalogue, CcTeam, NamedId } from './agent-settings.js';

/**
 * The parts of a Contact Center user the bot reads. It never writes a whole user back: settings go
 * through the bulk partial update, and the profile type only changes in Control Hub.
 */
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

  /**
   * The Contact Center user of a Common Identity (Control Hub) user, or undefined when there is none
   * yet. Asks for the profile type: without `includeUserProfile` the answer has no `userProfileType`
   * (Contact Center OpenAPI, `GET /organization/{orgid}/user/by-ci-user-id/{id}`).
   */
  async userByCiUserId(ciUserId: string): Promise<{ user: CcUser | undefined; trackingId: string | undefined }> {
    const org = await this.orgUuid();
    try {
      const res = await this.http.request<CcUser>(
        'GET',
        `/organization/${org}/user/by-ci-user-id/${encodeURIComponent(ciUserId)}`,
        { query: { includeUserProfile: true } },
      );
      return { user: res.body, trackingId: res.trackingId };
    } catch (error) {
      if (error instanceof WebexApiError && error.code === 'not_found')
        return { user: undefined, trackingId: error.trackingId };
      throw error;
    }
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

  /**
   * Bulk partial update (`PATCH /organization/{orgid}/user/bulk`): only the fields given change, `null`
   * clears one; each item is answered on its own (207 Multi-Status).
   */
  async bulkUpdate(items: { id: string; fields: Record<string, unknown> }[]): Promise<BulkItemResult[]> {
    const org = await this.orgUuid();
    const res = await this.http.request<{ items?: BulkItemResult[] }>('PATCH', `/organization/${org}/user/bulk`, {
      body: {
        items: items.map((item, index) => ({
          item: { id: item.id, ...item.fields },
          itemIdentifier: index,
          requestAction: 'SAVE',
        })),
      },
    });
    return res.body.items ?? [];
  }

  /** Sites, teams and profiles an agent can be given (each list read page by page). */
  async catalogue(): Promise<AgentCatalogue> {
    const [sites, teams, desktopProfiles, multimediaProfiles, skillProfiles] = await Promise.all([
      this.listAll<NamedId>('v2/site'),
      this.listAll<CcTeam>('v2/team'),
      this.listAll<NamedId>('v2/agent-profile'),
      this.listAll<NamedId>('v2/multimedia-profile'),
      this.listAll<NamedId>('v2/skill-profile'),
    ]);
    const named = (list: NamedId[]) => list.map(({ id, name }) => ({ id, name }));
    return {
      sites: named(sites),
      teams: teams.map(({ id, name, teamType, siteId, active }) => ({
        id,
        name,
        teamType: teamType === 'CAPACITY' ? 'CAPACITY' : 'AGENT',
        ...(siteId ? { siteId } : {}),
        ...(active === undefined ? {} : { active }),
      })),
      desktopProfiles: named(desktopProfiles),
      multimediaProfiles: named(multimediaProfiles),
      skillProfiles: named(skillProfiles),
    };
  }

  /** Every item of a `v2` list (`{ meta: { totalPages }, data }`, pages from 0). */
  private async listAll<T>(resource: string, pageSize = 100): Promise<T[]> {
    const org = await this.orgUuid();
    const all: T[] = [];
    for (let page = 0; ; page += 1) {
      const res = await this.http.request<{ meta?: { totalPages?: number }; data?: T[] }>(
        'GET',
        `/organization/${org}/${resource}`,
        { query: { page, pageSize } },
      );
      const data = res.body.data ?? [];
      all.push(...data);
      const totalPages = res.body.meta?.totalPages ?? 1;
      if (page + 1 >= totalPages || data.length === 0) return all;
    }
  }
}

/** One item's answer in a bulk update (`BulkResponseItemDTO`). */
export interface BulkItemResult {
  itemIdentifier?: number;
  status?: number;
  operationType?: string;
  href?: string;
  apiError?: {
    trackingId?: string;
    error?: { key?: string; reason?: string; message?: { description?: string }[] };
  };
}
