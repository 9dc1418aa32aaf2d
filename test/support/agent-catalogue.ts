import type { AgentCatalogue } from '../../src/contact-center/agent-settings.js';

/**
 * A Contact Center's sites, teams and profiles, as the sandbox seeds them (and one inactive team). Site and
 * desktop profile names take no accented letters (OpenAPI `SiteDTO.name`, `AgentProfileDTO.name` patterns).
 */
export const CATALOGUE: AgentCatalogue = {
  sites: [
    { id: 'site-sp', name: 'Sao Paulo' },
    { id: 'site-li', name: 'Lisboa' },
  ],
  teams: [
    { id: 'team-ve', name: 'Vendas', teamType: 'AGENT', siteId: 'site-sp' },
    { id: 'team-su', name: 'Suporte', teamType: 'AGENT', siteId: 'site-sp' },
    { id: 'team-at', name: 'Atendimento', teamType: 'AGENT', siteId: 'site-li' },
    { id: 'team-cv', name: 'Correio de voz', teamType: 'CAPACITY', siteId: 'site-sp' },
    { id: 'team-old', name: 'Antiga', teamType: 'AGENT', siteId: 'site-sp', active: false },
  ],
  desktopProfiles: [
    { id: 'dp-pa', name: 'Padrao' },
    { id: 'dp-su', name: 'Supervisores' },
  ],
  multimediaProfiles: [{ id: 'mm-vc', name: 'Voz e chat' }],
  skillProfiles: [{ id: 'sk-id', name: 'Idiomas' }],
};
