import { createHash } from 'node:crypto';
import { z } from 'zod';

/** A stable UUID for a seed key, so that ids stay the same from one start to the next. */
export function stableUuid(...parts: string[]): string {
  const hex = createHash('sha1').update(parts.join('\u0000')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * What the sandbox is loaded with. Keys are short names used to refer to things inside the seed; the
 * sandbox turns them into Webex ids (stable for a given key, so documentation and tests can rely on them).
 */
const organizationSchema = z.object({ key: z.string().min(1), name: z.string().min(1), domain: z.string().min(1) });

const licensesSchema = z
  .array(
    z.object({
      offer: z.string().min(1),
      name: z.string().min(1),
      totalUnits: z.number().int().min(0),
      subscription: z.string().min(1).default('Sub-sandbox-1'),
    }),
  )
  .min(1);

const peopleSchema = z.array(
  z.object({
    key: z.string().min(1),
    email: z.email(),
    firstName: z.string().optional(),
    lastName: z.string().optional(),
    displayName: z.string().optional(),
    kind: z.enum(['person', 'bot', 'serviceApp']).default('person'),
    roles: z.array(z.string()).default([]),
    licenses: z.array(z.string()).default([]),
    invitePending: z.boolean().default(false),
    phoneNumbers: z.array(z.object({ type: z.string(), value: z.string() })).default([]),
    /** "Premium Agent - Supervisor" on the person's Premium Agent license in Control Hub (help 9q7agc). */
    supervisor: z.boolean().default(false),
  }),
);

const contactCenterSchema = z
  .object({
    /** Whether the licensed users of the seed are already in the Contact Center at start. */
    syncedAtStart: z.boolean().default(true),
    /**
     * How users synchronised after the start arrive: 'disabled' (as Webex does: `contactCenterEnabled`
     * false, no site, teams or desktop profile) or 'ready' (the sandbox's older model: enabled with the
     * agent defaults below; a failed synchronisation leaves the user there but not enabled).
     */
    agentsArrive: z.enum(['disabled', 'ready']).default('disabled'),
    /**
     * The sandbox's older users API, for clients that still write the profile type: 'accepted' lets a
     * PUT change `userProfileId` (recorded as the Control Hub step, so a synchronisation keeps it) and
     * answers a stale `version` with 412. Webex refuses both ('refused', the default).
     */
    userProfileWrites: z.enum(['refused', 'accepted']).default('refused'),
    /** How long "Synchronize Users" takes before the users appear. */
    syncDelayMs: z.number().int().min(0).default(0),
    /**
     * Users whose synchronisation fails: once (the next one works) or always (until fixed). A failed
     * user is not brought into the Contact Center (nor changed there, when already in it).
     */
    invalid: z.array(z.object({ email: z.email(), mode: z.enum(['once', 'always']) })).default([]),
    /**
     * The organisation's Contact Center configuration, by name (unique per kind). Names follow the
     * OpenAPI's patterns: a site's (`SiteDTO.name`) and a desktop profile's (`AgentProfileDTO.name`) take
     * no accented letters, hence "Sao Paulo" and "Padrao".
     */
    multimediaProfiles: z
      .array(
        z.object({
          name: z.string().min(1),
          blendingMode: z.enum(['BLENDED', 'BLENDED_REALTIME', 'EXCLUSIVE']).default('BLENDED'),
          telephony: z.number().int().min(0).max(1).default(1),
          chat: z.number().int().min(0).max(5).default(0),
          email: z.number().int().min(0).max(5).default(0),
          social: z.number().int().min(0).max(5).default(0),
        }),
      )
      .default([{ name: 'Voz e chat', blendingMode: 'BLENDED', telephony: 1, chat: 2, email: 0, social: 0 }]),
    /** Sites; `multimediaProfile` names one (default: the first), as a site requires one (`SiteDTO`). */
    sites: z
      .array(z.object({ name: z.string().min(1), multimediaProfile: z.string().optional() }))
      .default([{ name: 'Sao Paulo' }, { name: 'Lisboa' }]),
    /** Teams of a site (by name); CAPACITY teams cannot take agents. */
    teams: z
      .array(
        z.object({
          name: z.string().min(1),
          site: z.string().min(1),
          type: z.enum(['AGENT', 'CAPACITY']).default('AGENT'),
          capacity: z.number().int().min(1).optional(),
          dialedNumber: z.string().optional(),
        }),
      )
      .default([
        { name: 'Vendas', site: 'Sao Paulo', type: 'AGENT' },
        { name: 'Suporte', site: 'Sao Paulo', type: 'AGENT' },
        { name: 'Atendimento', site: 'Lisboa', type: 'AGENT' },
        { name: 'Correio de voz', site: 'Sao Paulo', type: 'CAPACITY', capacity: 10, dialedNumber: '+551130030000' },
      ]),
    desktopProfiles: z
      .array(z.object({ name: z.string().min(1), description: z.string().optional() }))
      .default([{ name: 'Padrao' }, { name: 'Supervisores' }]),
    skillProfiles: z
      .array(z.object({ name: z.string().min(1), description: z.string().optional() }))
      .default([{ name: 'Idiomas' }]),
    /**
     * What the organisation's existing agents (synchronised at start) and, with agentsArrive 'ready',
     * newly synchronised ones hold; by name. Default: the first site, its first AGENT team, the first
     * desktop profile.
     */
    agentDefaults: z
      .object({
        site: z.string().optional(),
        teams: z.array(z.string()).optional(),
        desktopProfile: z.string().optional(),
      })
      .default({}),
  })
  .prefault({});

/**
 * Another Webex organisation beside the first (a customer, or the partner that manages customers): its
 * own people, licenses, Contact Center and Service App. Person keys are unique across the whole seed.
 */
export const extraOrganizationSchema = z.object({
  organization: organizationSchema,
  licenses: licensesSchema,
  people: peopleSchema,
  contactCenter: contactCenterSchema,
});

export const seedSchema = z.object({
  /** The first organisation (the one `describe()`'s top-level fields describe). */
  organization: organizationSchema,
  licenses: licensesSchema,
  people: peopleSchema,
  /**
   * Spaces are one world across organisations, as in Webex (people of different organisations share
   * spaces): members may be any seeded person. `organization` names whose space it is (default: the first
   * organisation): its admin space when `adminSpace`; `partnerSpace` marks the space a partner shares
   * with its customers' administrators.
   */
  rooms: z.array(
    z.object({
      key: z.string().min(1),
      title: z.string().min(1),
      type: z.enum(['group', 'direct']).default('group'),
      members: z.array(z.string()).min(1),
      adminSpace: z.boolean().default(false),
      organization: z.string().min(1).optional(),
      partnerSpace: z.boolean().default(false),
    }),
  ),
  trialAccounts: z.array(z.object({ email: z.email(), organizationName: z.string() })).default([]),
  contactCenter: contactCenterSchema,
  /** Further organisations (issue 19: one bot serves a partner's customers). */
  organizations: z.array(extraOrganizationSchema).default([]),
});

export type SeedInput = z.input<typeof seedSchema>;
export type Seed = z.output<typeof seedSchema>;
export type OrganizationSeed = z.output<typeof extraOrganizationSchema>;
export type OrganizationSeedInput = z.input<typeof extraOrganizationSchema>;

/** A customer of the partner, with its own Service App, administrator, agent and Contact Center. */
export const GLOBEX_SEED: OrganizationSeedInput = {
  organization: { key: 'globex', name: 'Globex Service Desk', domain: 'globex.example.com' },
  licenses: [
    { offer: 'CJPSTD', name: 'Contact center Standard Agent', totalUnits: 10, subscription: 'Sub-globex-cc-1' },
    { offer: 'CJPPRM', name: 'Contact Center Premium Agent', totalUnits: 5, subscription: 'Sub-globex-cc-1' },
    { offer: 'MS', name: 'Advanced Messaging', totalUnits: 50, subscription: 'Sub-globex-collab-1' },
  ],
  people: [
    {
      key: 'globexApp',
      email: 'provisioning-app@globex.example.com',
      displayName: 'Globex Provisioning Service App',
      kind: 'serviceApp',
    },
    {
      key: 'gina',
      email: 'gina.admin@globex.example.com',
      firstName: 'Gina',
      lastName: 'Ferraz',
      roles: ['id_full_admin'],
      licenses: ['MS'],
    },
    {
      key: 'gil',
      email: 'gil.agent@globex.example.com',
      firstName: 'Gil',
      lastName: 'Prado',
      licenses: ['MS', 'CJPSTD'],
    },
    { key: 'hugo', email: 'hugo.member@globex.example.com', firstName: 'Hugo', lastName: 'Lenz', licenses: ['MS'] },
  ],
  contactCenter: {
    syncedAtStart: true,
    agentsArrive: 'disabled',
    multimediaProfiles: [{ name: 'Voz', blendingMode: 'BLENDED', telephony: 1, chat: 0, email: 0, social: 0 }],
    sites: [{ name: 'Porto' }],
    teams: [{ name: 'Balcao', site: 'Porto', type: 'AGENT' }],
    desktopProfiles: [{ name: 'Padrao' }],
    skillProfiles: [],
  },
};

/** The partner that manages the customers: administrators only, no Contact Center licenses. */
export const PARTNER_SEED: OrganizationSeedInput = {
  organization: { key: 'partner', name: 'Northwind Partners', domain: 'partner.example.com' },
  licenses: [{ offer: 'MS', name: 'Advanced Messaging', totalUnits: 20, subscription: 'Sub-partner-collab-1' }],
  people: [
    {
      key: 'pat',
      email: 'pat.partner@partner.example.com',
      firstName: 'Pat',
      lastName: 'Morgan',
      roles: ['id_full_admin'],
      licenses: ['MS'],
    },
    { key: 'quinn', email: 'quinn.member@partner.example.com', firstName: 'Quinn', lastName: 'Hale', licenses: ['MS'] },
  ],
  // No Contact Center subscription: nobody is synchronised into its (empty) simulation at start.
  contactCenter: {
    syncedAtStart: false,
    multimediaProfiles: [],
    sites: [],
    teams: [],
    desktopProfiles: [],
    skillProfiles: [],
  },
};

export const DEFAULT_SEED: SeedInput = {
  organization: { key: 'acme', name: 'Acme Contact Center', domain: 'acme.example.com' },
  licenses: [
    { offer: 'CJPSTD', name: 'Contact center Standard Agent', totalUnits: 20, subscription: 'Sub-acme-cc-1' },
    { offer: 'CJPPRM', name: 'Contact Center Premium Agent', totalUnits: 10, subscription: 'Sub-acme-cc-1' },
    { offer: 'MS', name: 'Advanced Messaging', totalUnits: 100, subscription: 'Sub-acme-collab-1' },
    { offer: 'EE', name: 'Webex Meetings Suite', totalUnits: 50, subscription: 'Sub-acme-collab-1' },
    { offer: 'BCSTD', name: 'Webex Calling - Professional', totalUnits: 30, subscription: 'Sub-acme-collab-1' },
  ],
  people: [
    { key: 'bot', email: 'provisioning-bot@webex.bot', displayName: 'Provisioning Bot', kind: 'bot' },
    {
      key: 'serviceApp',
      email: 'provisioning-app@acme.example.com',
      displayName: 'Provisioning Service App',
      kind: 'serviceApp',
    },
    {
      key: 'alice',
      email: 'alice.admin@acme.example.com',
      firstName: 'Alice',
      lastName: 'Admin',
      roles: ['id_full_admin'],
      licenses: ['MS', 'EE', 'CJPPRM'],
    },
    {
      key: 'bruno',
      email: 'bruno.admin@acme.example.com',
      firstName: 'Bruno',
      lastName: 'Costa',
      roles: ['id_user_admin'],
      licenses: ['MS'],
    },
    {
      // A Contact Center administrator who holds only the Contact Center Service Administrator role, as
      // real organisations often give it (help.webex.com n5jdj19), and no agent license.
      key: 'cora',
      email: 'cora.ccadmin@acme.example.com',
      firstName: 'Cora',
      lastName: 'Lima',
      roles: ['cjp.admin'],
      licenses: ['MS'],
    },
    {
      key: 'mallory',
      email: 'mallory.member@acme.example.com',
      firstName: 'Mallory',
      lastName: 'Member',
      licenses: ['MS'],
    },
    {
      key: 'dana',
      email: 'dana.agent@acme.example.com',
      firstName: 'Dana',
      lastName: 'Reyes',
      licenses: ['MS', 'CJPSTD'],
      phoneNumbers: [{ type: 'work', value: '+1 408 555 0101' }],
    },
    {
      key: 'eli',
      email: 'eli.agent@acme.example.com',
      firstName: 'Eli',
      lastName: 'Novak',
      licenses: ['MS', 'CJPSTD'],
    },
    {
      key: 'fatima',
      email: 'fatima.premium@acme.example.com',
      firstName: 'Fátima',
      lastName: 'Oliveira',
      licenses: ['MS', 'CJPPRM', 'BCSTD'],
    },
    { key: 'gus', email: 'gus.nolicense@acme.example.com', firstName: 'Gus', lastName: 'Ward', licenses: ['MS'] },
  ],
  rooms: [
    {
      key: 'admin-space',
      title: 'Contact Center Admins',
      members: ['bot', 'alice', 'bruno', 'cora', 'mallory'],
      adminSpace: true,
    },
    { key: 'lobby', title: 'Acme Lobby', members: ['bot', 'alice', 'mallory', 'dana'] },
    {
      key: 'globex-admin-space',
      title: 'Globex Contact Center Admins',
      members: ['bot', 'gina'],
      adminSpace: true,
      organization: 'globex',
    },
    {
      key: 'partner-space',
      title: 'Partner Provisioning',
      members: ['bot', 'pat', 'quinn'],
      organization: 'partner',
      partnerSpace: true,
    },
  ],
  trialAccounts: [{ email: 'carla.trial@acme.example.com', organizationName: "Carla's Webex trial" }],
  contactCenter: { syncedAtStart: true, syncDelayMs: 0, agentsArrive: 'disabled' },
  organizations: [GLOBEX_SEED, PARTNER_SEED],
};
