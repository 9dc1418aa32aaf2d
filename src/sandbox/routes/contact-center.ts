import { type Request, type Response, Router } from 'express';
import { writeUser } from '../contact-center-users.js';
import { ccErrorBody, locals, publicBase, queryBool, queryString, sendCcError } from '../http-helpers.js';
import type { CcUserRecord } from '../model.js';
import type { SandboxOrganization } from '../organization.js';
import type { SandboxState } from '../state.js';

type Clause = { field: string; values: string[] };

/** The subset of RSQL the Contact Center API's `filter` takes that this sandbox understands. */
function parseFilter(filter: string): Clause[] | undefined {
  const clauses: Clause[] = [];
  for (const part of filter.split(';')) {
    const eq = /^\s*([A-Za-z]+)\s*==\s*"?([^"]*)"?\s*$/.exec(part);
    if (eq) {
      clauses.push({ field: eq[1]!, values: [eq[2]!] });
      continue;
    }
    const inList = /^\s*([A-Za-z]+)\s*=in=\s*\(([^)]*)\)\s*$/.exec(part);
    if (inList) {
      clauses.push({ field: inList[1]!, values: inList[2]!.split(',').map((v) => v.trim().replace(/^"|"$/g, '')) });
      continue;
    }
    return undefined;
  }
  return clauses;
}

/**
 * A user as the API answers it (`UserResponseDTO`). `userProfileType` only when asked: the OpenAPI makes
 * it "an optional response parameter based on the query parameter includeUserProfileType"
 * (`includeUserProfile` for the by-CI-user-id reads); `siteName` only in the by-CI-user-id answers, whose
 * schema (`UserResponseDTO_UserResponseWithUserProfile`) has it.
 */
export function ccUserView(
  org: SandboxOrganization,
  user: CcUserRecord,
  options: { profileType?: boolean; siteName?: boolean } = {},
): Record<string, unknown> {
  const cc = org.contactCenter;
  const profileType = options.profileType ? cc.profileTypeOf(user) : undefined;
  const siteName = options.siteName ? cc.catalogue.nameOf('site', user.siteId) : undefined;
  return {
    organizationId: org.orgUuid,
    id: user.id,
    version: user.version,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    ciUserId: user.ciUserId,
    userProfileId: user.userProfileId,
    ...(profileType ? { userProfileType: profileType } : {}),
    contactCenterEnabled: user.contactCenterEnabled,
    ...(user.siteId ? { siteId: user.siteId } : {}),
    ...(siteName ? { siteName } : {}),
    teamIds: [...user.teamIds],
    ...(user.agentProfileId ? { agentProfileId: user.agentProfileId } : {}),
    ...(user.multimediaProfileId ? { multimediaProfileId: user.multimediaProfileId } : {}),
    ...(user.skillProfileId ? { skillProfileId: user.skillProfileId } : {}),
    active: user.active,
    imiUserCreated: false,
    createdTime: user.createdTime,
    lastUpdatedTime: user.lastUpdatedTime,
  };
}

/**
 * `page` (from 0) and `pageSize` (default 100) as the list operations of the Contact Center OpenAPI
 * describe them; a page size above the maximum "will automatically adjust" to it (the maximum is not
 * published: the sandbox takes 1000).
 */
export function pageParams(req: Request): { page: number; pageSize: number } | undefined {
  const page = Number(queryString(req, 'page') ?? 0);
  const pageSize = Math.min(Number(queryString(req, 'pageSize') ?? 100), 1000);
  if (!Number.isInteger(page) || page < 0 || !Number.isInteger(pageSize) || pageSize < 1) return undefined;
  return { page, pageSize };
}

/**
 * One page of a list as `{meta, data}` (`MetaDataWithPagingInfo`: orgid, page, pageSize, totalPages,
 * totalRecords, links), or 400 for a bad page or page size (the lists document no 400; no source says
 * what Webex answers to a negative page: the sandbox refuses it rather than guess a page).
 */
export function sendListPage<T>(
  org: SandboxOrganization,
  req: Request,
  res: Response,
  all: T[],
  view: (item: T) => Record<string, unknown>,
  extra: Record<string, unknown> = {},
): void {
  const paging = pageParams(req);
  if (!paging) {
    sendCcError(res, 400, 'page and pageSize must be non-negative integers.');
    return;
  }
  const totalPages = Math.max(1, Math.ceil(all.length / paging.pageSize));
  const link = (page: number): string => {
    const url = new URL(req.originalUrl, publicBase(req));
    url.searchParams.set('page', String(page));
    url.searchParams.set('pageSize', String(paging.pageSize));
    return url.pathname.replace(/^\/cc/, '') + url.search;
  };
  const links: Record<string, string> = { self: link(paging.page), first: link(0), last: link(totalPages - 1) };
  if (paging.page + 1 < totalPages) links.next = link(paging.page + 1);
  if (paging.page > 0) links.prev = link(paging.page - 1);
  res.status(200).json({
    ...extra,
    meta: {
      orgid: org.orgUuid,
      page: paging.page,
      pageSize: paging.pageSize,
      totalPages,
      totalRecords: all.length,
      links,
    },
    data: all.slice(paging.page * paging.pageSize, (paging.page + 1) * paging.pageSize).map(view),
  });
}

/** Filters a list with the `filter` (RSQL subset) and `search` (name) parameters; undefined after a 400. */
export function filterList<T>(
  req: Request,
  res: Response,
  all: T[],
  view: (item: T) => Record<string, unknown>,
  searchText: (item: T) => string,
): T[] | undefined {
  let items = all;
  const filter = queryString(req, 'filter');
  if (filter) {
    const clauses = parseFilter(filter);
    if (!clauses) {
      sendCcError(res, 400, `Unsupported filter expression: ${filter}`);
      return undefined;
    }
    items = items.filter((item) => {
      const v = view(item);
      return clauses.every((c) => c.values.includes(String(v[c.field])));
    });
  }
  const search = queryString(req, 'search')?.toLowerCase();
  if (search) items = items.filter((item) => searchText(item).toLowerCase().includes(search));
  return items;
}

export function contactCenterRouter(state: SandboxState): Router {
  const router = Router({ mergeParams: true });

  // Each organisation has its own Contact Center; a token acts only in its organisation's (the
  // OpenAPI's paths take the caller's `orgid`), and another one's is refused with the 403 below.
  router.use('/organization/:orgid', (req, res, next) => {
    const { actor, org } = locals(res);
    if (!state.isAdmin(actor)) {
      sendCcError(res, 403, 'The access token does not have the Contact Center administration scopes (cjp:config).');
      return;
    }
    if (req.params.orgid !== org.orgUuid) {
      sendCcError(res, 403, 'The organization in the path is not the organization of the access token.');
      return;
    }
    next();
  });

  const orgOf = (res: Response): SandboxOrganization => locals(res).org;
  const allUsers = (res: Response): CcUserRecord[] =>
    [...orgOf(res).contactCenter.users.values()].sort(
      (a, b) => a.createdTime - b.createdTime || a.id.localeCompare(b.id),
    );
  const listed = (req: Request, res: Response): CcUserRecord[] | undefined =>
    filterList(
      req,
      res,
      allUsers(res),
      (u) => ccUserView(orgOf(res), u),
      (u) => `${u.firstName} ${u.lastName} ${u.email}`,
    );

  // `GET .../user`: a bare array (the v1 list); the v2 list has `{meta, data}`. Neither carries the
  // profile type: the v2 listing gives `userProfileId` (map it through the user-profile list).
  router.get('/organization/:orgid/user', (req, res) => {
    const users = listed(req, res);
    if (!users) return;
    const paging = pageParams(req);
    if (!paging) {
      sendCcError(res, 400, 'page and pageSize must be non-negative integers.');
      return;
    }
    const slice = users.slice(paging.page * paging.pageSize, (paging.page + 1) * paging.pageSize);
    res.status(200).json(slice.map((u) => ccUserView(orgOf(res), u)));
  });

  router.get('/organization/:orgid/v2/user', (req, res) => {
    const users = listed(req, res);
    if (users) sendListPage(orgOf(res), req, res, users, (u) => ccUserView(orgOf(res), u));
  });

  // `includeUserProfile=true` adds `userProfileType` (OpenAPI `getUserByCiUserId`).
  const byCiUserId = (req: Request, res: Response): void => {
    const user = orgOf(res).contactCenter.userByCiId(String(req.params.id));
    if (!user) {
      sendCcError(res, 404, `No Contact Center user has the CI user id ${String(req.params.id)}.`);
      return;
    }
    res
      .status(200)
      .json(ccUserView(orgOf(res), user, { profileType: queryBool(req, 'includeUserProfile'), siteName: true }));
  };
  router.get('/organization/:orgid/user/by-ci-user-id/:id', byCiUserId);
  router.get('/organization/:orgid/v2/user/by-ci-user-id/:id', byCiUserId);

  const userOr404 = (req: Request, res: Response): CcUserRecord | undefined => {
    const user = orgOf(res).contactCenter.users.get(String(req.params.id));
    if (!user) sendCcError(res, 404, `User ${String(req.params.id)} not found.`);
    return user;
  };

  // `includeUserProfileType=true` adds `userProfileType` (OpenAPI `GET /organization/{orgid}/user/{id}`).
  router.get('/organization/:orgid/user/:id', (req, res) => {
    const user = userOr404(req, res);
    if (user)
      res.status(200).json(ccUserView(orgOf(res), user, { profileType: queryBool(req, 'includeUserProfileType') }));
  });

  const write = (kind: 'put' | 'patch') => (req: Request, res: Response) => {
    const user = userOr404(req, res);
    if (!user) return;
    const cc = orgOf(res).contactCenter;
    const body = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      sendCcError(res, 400, 'The request body must be a user object.');
      return;
    }
    const outcome = writeUser(cc, user, body as Record<string, unknown>, kind);
    if (!outcome.ok) {
      sendCcError(res, outcome.status, outcome.descriptions, undefined, { entity: 'cc_user' });
      return;
    }
    // The older users API answered with the profile type; the OpenAPI's PUT takes no parameter for it.
    res.status(200).json(ccUserView(orgOf(res), user, { profileType: cc.userProfileWrites === 'accepted' }));
  };
  router.put('/organization/:orgid/user/:id', write('put'));
  router.patch('/organization/:orgid/user/bulk', (req, res) => bulkPatch(orgOf(res), req, res));
  router.patch('/organization/:orgid/user/:id', write('patch'));

  router.get('/organization/:orgid/v3/user-profile', (req, res) => {
    const org = orgOf(res);
    const profiles = filterList(
      req,
      res,
      org.contactCenter.profiles,
      (p) => ({ ...p }),
      (p) => p.name,
    );
    if (!profiles) return;
    sendListPage(org, req, res, profiles, (p) => ({
      organizationId: org.orgUuid,
      id: p.id,
      name: p.name,
      profileType: p.profileType,
      systemDefault: p.systemDefault,
      active: true,
    }));
  });

  return router;
}

/**
 * `PATCH /organization/{orgid}/user/bulk` (Contact Center OpenAPI "Bulk partial update Users"): body
 * `{items: [{item: {id, ...fields}, itemIdentifier, requestAction}]}`; "Mandatory Properties: [id]";
 * "Valid value for requestAction property is 'SAVE'. It is optional property and default SAVE is
 * assumed"; null clears a field. Each item is applied or refused on its own and answered in a 207
 * Multi-Status (`BulkResponseDTO`: itemIdentifier, status, operationType, href, apiError). The
 * specification states no maximum number of items; the sandbox sets none.
 */
function bulkPatch(org: SandboxOrganization, req: Request, res: Response): void {
  const cc = org.contactCenter;
  const items = (req.body as { items?: unknown } | undefined)?.items;
  if (!Array.isArray(items)) {
    sendCcError(res, 400, 'items: must be a list of {item, itemIdentifier, requestAction}.', undefined, {
      entity: 'cc_user',
    });
    return;
  }
  const trackingId = locals(res).trackingId;
  const answers = items.map((raw, index) => {
    const entry = (typeof raw === 'object' && raw !== null ? raw : {}) as {
      item?: unknown;
      itemIdentifier?: unknown;
      requestAction?: unknown;
    };
    const itemIdentifier = typeof entry.itemIdentifier === 'number' ? entry.itemIdentifier : index;
    const item = (typeof entry.item === 'object' && entry.item !== null ? entry.item : {}) as Record<string, unknown>;
    const id = typeof item.id === 'string' ? item.id : undefined;
    const answer = (status: number, descriptions?: string[]) => ({
      itemIdentifier,
      status,
      operationType: 'UPDATE',
      href: `/api/organization/${org.orgUuid}/user/${id ?? ''}`,
      ...(descriptions ? { apiError: ccErrorBody(trackingId, status, descriptions, { entity: 'cc_user' }) } : {}),
    });
    if (entry.requestAction !== undefined && entry.requestAction !== 'SAVE')
      return answer(400, ['requestAction: the valid value is SAVE.']);
    if (!id) return answer(400, ['id: is mandatory to identify the user to update.']);
    const user = cc.users.get(id);
    if (!user) return answer(400, ['id: not found for given orgId.']);
    const outcome = writeUser(cc, user, item, 'patch');
    return outcome.ok ? answer(200) : answer(outcome.status, outcome.descriptions);
  });
  res.status(207).json({ items: answers });
}
