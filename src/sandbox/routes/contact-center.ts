import { type Request, type Response, Router } from 'express';
import { locals, publicBase, queryString, sendCcError } from '../http-helpers.js';
import type { CcUserRecord } from '../model.js';
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

export function ccUserView(state: SandboxState, user: CcUserRecord): Record<string, unknown> {
  const profile = state.contactCenter.profiles.find((p) => p.id === user.userProfileId);
  return {
    organizationId: state.orgUuid,
    id: user.id,
    version: user.version,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    ciUserId: user.ciUserId,
    userProfileId: user.userProfileId,
    ...(profile ? { userProfileType: profile.profileType } : {}),
    contactCenterEnabled: user.contactCenterEnabled,
    siteId: user.siteId,
    siteName: state.contactCenter.catalogue.sites.find((s) => s.id === user.siteId)?.name ?? '',
    teamIds: [...user.teamIds],
    agentProfileId: user.agentProfileId,
    ...(user.multimediaProfileId ? { multimediaProfileId: user.multimediaProfileId } : {}),
    ...(user.skillProfileId ? { skillProfileId: user.skillProfileId } : {}),
    active: user.active,
    imiUserCreated: false,
    createdTime: user.createdTime,
    lastUpdatedTime: user.lastUpdatedTime,
  };
}

function pageParams(req: Request): { page: number; pageSize: number } | undefined {
  const page = Number(queryString(req, 'page') ?? 0);
  const pageSize = Math.min(Number(queryString(req, 'pageSize') ?? 100), 1000);
  if (!Number.isInteger(page) || page < 0 || !Number.isInteger(pageSize) || pageSize < 1) return undefined;
  return { page, pageSize };
}

export function contactCenterRouter(state: SandboxState): Router {
  const router = Router({ mergeParams: true });

  router.use('/organization/:orgid', (req, res, next) => {
    const { actor } = locals(res);
    if (!state.isAdmin(actor)) {
      sendCcError(res, 403, 'The access token does not have the Contact Center administration scopes (cjp:config).');
      return;
    }
    if (req.params.orgid !== state.orgUuid) {
      sendCcError(res, 403, 'The organization in the path is not the organization of the access token.');
      return;
    }
    next();
  });

  const filtered = (req: Request, res: Response): CcUserRecord[] | undefined => {
    let users = [...state.contactCenter.users.values()].sort(
      (a, b) => a.createdTime - b.createdTime || a.id.localeCompare(b.id),
    );
    const filter = queryString(req, 'filter');
    if (filter) {
      const clauses = parseFilter(filter);
      if (!clauses) {
        sendCcError(res, 400, `Unsupported filter expression: ${filter}`);
        return undefined;
      }
      users = users.filter((u) =>
        clauses.every((c) => c.values.includes(String((ccUserView(state, u) as Record<string, unknown>)[c.field]))),
      );
    }
    const search = queryString(req, 'search')?.toLowerCase();
    if (search) users = users.filter((u) => `${u.firstName} ${u.lastName} ${u.email}`.toLowerCase().includes(search));
    return users;
  };

  /** The filtered users and the requested page; undefined when the request was answered with an error. */
  const listing = (
    req: Request,
    res: Response,
  ): { users: CcUserRecord[]; paging: { page: number; pageSize: number }; slice: CcUserRecord[] } | undefined => {
    const users = filtered(req, res);
    if (!users) return undefined;
    const paging = pageParams(req);
    if (!paging) {
      sendCcError(res, 400, 'page and pageSize must be non-negative integers.');
      return undefined;
    }
    return { users, paging, slice: users.slice(paging.page * paging.pageSize, (paging.page + 1) * paging.pageSize) };
  };

  router.get('/organization/:orgid/user', (req, res) => {
    const list = listing(req, res);
    if (list) res.status(200).json(list.slice.map((u) => ccUserView(state, u)));
  });

  router.get('/organization/:orgid/v2/user', (req, res) => {
    const list = listing(req, res);
    if (!list) return;
    const { users, paging } = list;
    const totalPages = Math.max(1, Math.ceil(users.length / paging.pageSize));
    const link = (page: number): string => {
      const url = new URL(req.originalUrl, publicBase(req));
      url.searchParams.set('page', String(page));
      url.searchParams.set('pageSize', String(paging.pageSize));
      return url.pathname + url.search;
    };
    const links: Record<string, string> = { self: link(paging.page), first: link(0), last: link(totalPages - 1) };
    if (paging.page + 1 < totalPages) links.next = link(paging.page + 1);
    if (paging.page > 0) links.prev = link(paging.page - 1);
    res.status(200).json({
      meta: {
        orgid: state.orgUuid,
        page: paging.page,
        pageSize: paging.pageSize,
        totalPages,
        totalRecords: users.length,
        links,
      },
      data: list.slice.map((u) => ccUserView(state, u)),
    });
  });

  const byCiUserId = (req: Request, res: Response): void => {
    const user = state.contactCenter.userByCiId(String(req.params.id));
    if (!user) {
      sendCcError(res, 404, `No Contact Center user has the CI user id ${String(req.params.id)}.`);
      return;
    }
    res.status(200).json(ccUserView(state, user));
  };
  router.get('/organization/:orgid/user/by-ci-user-id/:id', byCiUserId);
  router.get('/organization/:orgid/v2/user/by-ci-user-id/:id', byCiUserId);

  router.get('/organization/:orgid/user/:id', (req, res) => {
    const user = state.contactCenter.users.get(req.params.id);
    if (!user) {
      sendCcError(res, 404, `User ${req.params.id} not found.`);
      return;
    }
    res.status(200).json(ccUserView(state, user));
  });

  router.put('/organization/:orgid/user/:id', (req, res) => {
    const user = state.contactCenter.users.get(req.params.id);
    if (!user) {
      sendCcError(res, 404, `User ${req.params.id} not found.`);
      return;
    }
    const body = (req.body ?? {}) as Record<string, unknown>;
    const missing = [
      'active',
      'ciUserId',
      'contactCenterEnabled',
      'email',
      'firstName',
      'lastName',
      'userProfileId',
    ].filter((field) => body[field] === undefined || body[field] === null);
    if (missing.length > 0) {
      sendCcError(res, 400, `Missing required field(s): ${missing.join(', ')}.`);
      return;
    }
    if (body.ciUserId !== user.ciUserId) {
      sendCcError(res, 400, 'ciUserId cannot be modified.');
      return;
    }
    if (typeof body.version === 'number' && body.version !== user.version) {
      sendCcError(
        res,
        412,
        `The user was changed meanwhile (version ${user.version}, request had ${body.version}). Read it again and retry.`,
      );
      return;
    }
    if (!state.contactCenter.profiles.some((p) => p.id === body.userProfileId)) {
      sendCcError(res, 400, `User profile ${String(body.userProfileId)} does not exist.`);
      return;
    }
    if (typeof body.active !== 'boolean' || typeof body.contactCenterEnabled !== 'boolean') {
      sendCcError(res, 400, 'active and contactCenterEnabled must be booleans.');
      return;
    }
    user.userProfileId = body.userProfileId as string;
    user.active = body.active;
    user.contactCenterEnabled = body.contactCenterEnabled;
    if (typeof body.siteId === 'string') user.siteId = body.siteId;
    if (Array.isArray(body.teamIds)) user.teamIds = body.teamIds.filter((t): t is string => typeof t === 'string');
    if (typeof body.agentProfileId === 'string') user.agentProfileId = body.agentProfileId;
    if (typeof body.multimediaProfileId === 'string') user.multimediaProfileId = body.multimediaProfileId;
    if (typeof body.skillProfileId === 'string') user.skillProfileId = body.skillProfileId;
    user.version += 1;
    user.lastUpdatedTime = Date.now();
    res.status(200).json(ccUserView(state, user));
  });

  /**
   * The v2 lists an agent's settings are chosen from (Contact Center OpenAPI `GET
   * /organization/{orgid}/v2/site`, `/v2/team`, `/v2/agent-profile`, `/v2/multimedia-profile`,
   * `/v2/skill-profile`): `{ meta, data }`, pages from 0, with the fields each DTO requires.
   */
  const v2List = (resource: string, items: () => Record<string, unknown>[]) =>
    router.get(`/organization/:orgid/v2/${resource}`, (req, res) => {
      const paging = pageParams(req);
      if (!paging) {
        sendCcError(res, 400, 'page and pageSize must be non-negative integers.');
        return;
      }
      const all = items();
      res.status(200).json({
        meta: {
          orgid: state.orgUuid,
          page: paging.page,
          pageSize: paging.pageSize,
          totalPages: Math.max(1, Math.ceil(all.length / paging.pageSize)),
          totalRecords: all.length,
        },
        data: all.slice(paging.page * paging.pageSize, (paging.page + 1) * paging.pageSize),
      });
    });
  const catalogue = () => state.contactCenter.catalogue;
  const common = (item: { id: string; name: string }) => ({
    organizationId: state.orgUuid,
    id: item.id,
    version: 1,
    name: item.name,
  });
  v2List('site', () =>
    catalogue().sites.map((s) => ({
      ...common(s),
      active: true,
      multimediaProfileId: catalogue().multimediaProfiles[0]?.id ?? '',
      systemDefault: false,
    })),
  );
  v2List('team', () =>
    catalogue().teams.map((t) => ({
      ...common(t),
      teamType: t.teamType ?? 'AGENT',
      teamStatus: 'IN_SERVICE',
      active: true,
      siteId: t.siteId,
      siteName: catalogue().sites.find((s) => s.id === t.siteId)?.name ?? '',
      rankQueuesForTeam: false,
    })),
  );
  v2List('agent-profile', () =>
    catalogue().agentProfiles.map((p) => ({
      ...common(p),
      parentType: 'ORGANIZATION',
      active: true,
      accessBuddyTeam: 'ALL',
      accessEntryPoint: 'ALL',
      accessIdleCode: 'ALL',
      accessQueue: 'ALL',
      accessWrapUpCode: 'ALL',
      agentDNValidation: 'NONE',
    })),
  );
  v2List('multimedia-profile', () =>
    catalogue().multimediaProfiles.map((p) => ({
      ...common(p),
      active: true,
      blendingMode: 'BLENDED',
      blendingModeEnabled: true,
      chat: 1,
      email: 1,
      social: 1,
      telephony: 1,
    })),
  );
  v2List('skill-profile', () => catalogue().skillProfiles.map((p) => ({ ...common(p), activeSkills: [] })));

  router.get('/organization/:orgid/v3/user-profile', (req, res) => {
    const paging = pageParams(req) ?? { page: 0, pageSize: 100 };
    const data = state.contactCenter.profiles.map((p) => ({
      organizationId: state.orgUuid,
      id: p.id,
      name: p.name,
      profileType: p.profileType,
      systemDefault: p.systemDefault,
      active: true,
    }));
    res.status(200).json({
      meta: {
        orgid: state.orgUuid,
        page: paging.page,
        pageSize: paging.pageSize,
        totalPages: 1,
        totalRecords: data.length,
      },
      data: data.slice(paging.page * paging.pageSize, (paging.page + 1) * paging.pageSize),
    });
  });

  return router;
}
