import { type Request, type Response, Router } from 'express';
import { CATALOGUE_KINDS, CatalogueError, type CatalogueKind } from '../contact-center-catalogue.js';
import { locals, queryString, sendCcError } from '../http-helpers.js';
import type {
  CcDesktopProfileRecord,
  CcMultimediaProfileRecord,
  CcRecordBase,
  CcSiteRecord,
  CcSkillProfileRecord,
  CcTeamRecord,
} from '../model.js';
import type { SandboxOrganization } from '../organization.js';
import { filterList, sendListPage } from './contact-center.js';

/** Each record as its list answers it (Contact Center OpenAPI schemas named beside each kind). */
export function recordView(
  org: SandboxOrganization,
  kind: CatalogueKind,
  record: CcRecordBase,
): Record<string, unknown> {
  const cc = org.contactCenter;
  const base = {
    organizationId: org.orgUuid,
    id: record.id,
    version: record.version,
    name: record.name,
    active: true,
    systemDefault: false,
    createdTime: record.createdTime,
    lastUpdatedTime: record.lastUpdatedTime,
  };
  switch (kind) {
    case 'site': {
      // SiteDTO
      const site = record as CcSiteRecord;
      return { ...base, multimediaProfileId: site.multimediaProfileId };
    }
    case 'team': {
      // TeamResponseDTO: capacity and dialedNumber only for capacity-based teams; userIds the team's agents.
      const team = record as CcTeamRecord;
      const userIds = [...cc.users.values()].filter((u) => u.teamIds.includes(team.id)).map((u) => u.id);
      return {
        ...base,
        teamType: team.teamType,
        teamStatus: 'IN_SERVICE',
        siteId: team.siteId,
        ...(cc.catalogue.nameOf('site', team.siteId) ? { siteName: cc.catalogue.nameOf('site', team.siteId) } : {}),
        ...(team.capacity === undefined ? {} : { capacity: team.capacity }),
        ...(team.dialedNumber === undefined ? {} : { dialedNumber: team.dialedNumber }),
        ...(team.multiMediaProfileId ? { multiMediaProfileId: team.multiMediaProfileId } : {}),
        ...(team.skillProfileId ? { skillProfileId: team.skillProfileId } : {}),
        userIds,
      };
    }
    case 'agent-profile': {
      // AgentProfileResponseDTO (its required fields; every access "ALL", available to every site).
      const profile = record as CcDesktopProfileRecord;
      return {
        ...base,
        ...(profile.description ? { description: profile.description } : {}),
        parentType: 'ORGANIZATION',
        accessWrapUpCode: 'ALL',
        accessIdleCode: 'ALL',
        accessQueue: 'ALL',
        accessEntryPoint: 'ALL',
        accessBuddyTeam: 'ALL',
        agentDNValidation: 'ALL',
      };
    }
    case 'multimedia-profile': {
      // MultimediaProfileDTO
      const profile = record as CcMultimediaProfileRecord;
      return {
        ...base,
        blendingModeEnabled: profile.blendingMode !== 'EXCLUSIVE',
        blendingMode: profile.blendingMode,
        telephony: profile.telephony,
        chat: profile.chat,
        email: profile.email,
        social: profile.social,
      };
    }
    case 'skill-profile': {
      // SkillProfileDTO: no `active` or `systemDefault` in that schema.
      const profile = record as CcSkillProfileRecord;
      const { active: _active, systemDefault: _systemDefault, ...rest } = base;
      return {
        ...rest,
        ...(profile.description ? { description: profile.description } : {}),
        activeSkills: profile.skillIds.map((skillId) => ({ skillId, booleanValue: true })),
      };
    }
  }
}

/**
 * The lists, reads and removals of the organisation's sites, teams, desktop profiles (`agent-profile`),
 * multimedia profiles and skill profiles: `GET /organization/{orgid}/v2/{kind}` (pages from 0, `pageSize`
 * default 100, `{meta, data}`), `GET .../{kind}/{id}`, `DELETE .../{kind}/{id}` (204; 412 "Resource
 * referred in other entity(s)" while users or other records refer to it) and `GET
 * .../{kind}/{id}/incoming-references` (who refers to it), as the Contact Center OpenAPI describes them.
 */
export function contactCenterConfigRouter(): Router {
  const router = Router({ mergeParams: true });
  // The token's organisation's Contact Center (contactCenterRouter has checked the path names it).
  const orgOf = (res: Response): SandboxOrganization => locals(res).org;
  const catalogueOf = (res: Response) => orgOf(res).contactCenter.catalogue;

  for (const kind of CATALOGUE_KINDS) {
    const recordOr404 = (req: Request, res: Response): CcRecordBase | undefined => {
      const record = catalogueOf(res).mapOf(kind).get(String(req.params.id));
      if (!record) sendCcError(res, 404, `${kind} ${String(req.params.id)} not found for given orgId.`);
      return record;
    };

    router.get(`/organization/:orgid/v2/${kind}`, (req, res) => {
      const view = (r: CcRecordBase) => recordView(orgOf(res), kind, r);
      const items = filterList(req, res, [...catalogueOf(res).mapOf(kind).values()], view, (r) => r.name);
      if (items) sendListPage(orgOf(res), req, res, items, view);
    });

    router.get(`/organization/:orgid/${kind}/:id`, (req, res) => {
      const record = recordOr404(req, res);
      if (record) res.status(200).json(recordView(orgOf(res), kind, record));
    });

    router.delete(`/organization/:orgid/${kind}/:id`, (req, res) => {
      try {
        catalogueOf(res).remove(kind, String(req.params.id));
      } catch (error) {
        if (!(error instanceof CatalogueError)) throw error;
        sendCcError(res, error.status, error.message, undefined, {
          entity: kind,
          references: error.references.map(({ id, name }) => ({ id, name })),
        });
        return;
      }
      res.status(204).end();
    });

    router.get(`/organization/:orgid/${kind}/:id/incoming-references`, (req, res) => {
      const record = recordOr404(req, res);
      if (!record) return;
      const type = queryString(req, 'type');
      const refs = catalogueOf(res)
        .references(kind, record.id)
        .filter((r) => !type || r.type === type);
      // EntityReferenceInfoDTO: {description, meta, data: [EntityInfo]}.
      sendListPage(
        orgOf(res),
        req,
        res,
        refs,
        (r) => ({ id: r.id, name: r.name, additionalAttributes: { type: r.type } }),
        {
          description: 'list of referenced entities',
        },
      );
    });
  }

  return router;
}
