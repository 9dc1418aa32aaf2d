import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import type { AdminRefreshConfig, AllowedActors, OrgConfig, SyncConfig } from './config.js';
import type { AgentSettingNames } from './contact-center/agent-settings.js';
import { parseLang } from './i18n/translate.js';
import { hydraKey } from './webex/hydra-id.js';

/**
 * The organisations file (ORGS_FILE): the organisations one deployment serves, in JSON or YAML. Read
 * once at start by loadConfig; every problem is returned at once, named by its place in the file
 * (`organizations[1].credential.clientSecret`) and saying how to fix it. See docs/configuration.md,
 * "Several organizations", and docs/examples/orgs.example.yaml.
 */

/**
 * The Contact Center API of each data center. The address form `https://api.wxcc-<dc>.cisco.com` is the
 * public Contact Center OpenAPI's (spec/webex-contact-center.json, `CampaignURLResponse.location`, whose
 * `<dc>` is the data center). The names are the data centers' as public Contact Center samples use them (the tenant's
 * shows in Control Hub > Contact Center > Tenant settings); no developer.webex.com page listing them all
 * was found, so an address not listed here goes in `contactCenterApiUrl`.
 */
export const CONTACT_CENTER_REGIONS = {
  us1: 'https://api.wxcc-us1.cisco.com',
  eu1: 'https://api.wxcc-eu1.cisco.com',
  eu2: 'https://api.wxcc-eu2.cisco.com',
  anz1: 'https://api.wxcc-anz1.cisco.com',
  ca1: 'https://api.wxcc-ca1.cisco.com',
  jp1: 'https://api.wxcc-jp1.cisco.com',
  sg1: 'https://api.wxcc-sg1.cisco.com',
} as const;
type Region = keyof typeof CONTACT_CENTER_REGIONS;
const REGIONS = Object.keys(CONTACT_CENTER_REGIONS) as [Region, ...Region[]];

/**
 * Words the bot takes as commands, in both languages (src/bot/registry.ts and the commands it lists, plus
 * `orgs`): an organisation key is typed after them (`add @acme`, `export acme`), so it cannot be one.
 */
// biome-ignore format: one line per command keeps the list readable
export const COMMAND_WORDS = [
  'help', 'ajuda', 'hello', 'hi', 'oi', 'ola',
  'add', 'adicionar', 'adduser', 'new', 'novo',
  'modify', 'modificar', 'role', 'change', 'alterar', 'funcao',
  'import', 'importar', 'upload', 'export', 'exportar',
  'tasks', 'tarefas', 'jobs', 'task', 'tarefa', 'job',
  'cancel', 'cancelar', 'stop', 'parar', 'history', 'historico',
  'licenses', 'licencas', 'license', 'licenca', 'seats',
  'template', 'modelo', 'defaults', 'padroes', 'padrao',
  'sync', 'sincronizar', 'synchronize', 'synchronise',
  'language', 'idioma', 'lang', 'lingua',
  'orgs', 'org', 'organizations', 'organisations', 'organizacoes', 'customers', 'clientes', 'all', 'todas',
];

const KEY_RE = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOMAIN_RE = /^@?([a-z0-9-]+\.)+[a-z]{2,}$/i;

/** An ALLOWED_ACTORS or `administrators` entry: an email address or an `@domain`. */
export function actorEntry(entry: string): { email: string } | { domain: string } | undefined {
  if (EMAIL_RE.test(entry)) return { email: entry.toLowerCase() };
  if (DOMAIN_RE.test(entry)) return { domain: entry.replace(/^@/, '').toLowerCase() };
  return undefined;
}

// A missing value and a wrong one say different things; only the schema sees which it is (zod's issues
// do not keep the input).
const missingOr = (otherwise: string) => (iss: { input?: unknown }) =>
  iss.input === undefined ? 'is missing' : otherwise;
const text = z
  .string({ error: missingOr('must be text') })
  .trim()
  .min(1, 'must not be empty');
const object = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.strictObject(shape, { error: missingOr('must be an object of named fields') });
const positive = z.number({ error: 'must be a number' }).positive('must be above 0');
const seconds = z.number({ error: 'must be a number of seconds' }).positive('must be above 0');
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

const settingsShape = {
  language: text.optional(),
  contactCenterRegion: z
    .enum(REGIONS, { error: `must be one of ${REGIONS.join(', ')} (Control Hub > Contact Center > Tenant settings)` })
    .optional(),
  contactCenterApiUrl: httpUrl.optional(),
  agentDefaults: object({
    site: text.optional(),
    // A list, or one string with `;` or `|` between names as in AGENT_DEFAULT_TEAMS (names hold commas).
    teams: z.union([z.array(text), text], { error: 'must be a list of team names' }).optional(),
    desktopProfile: text.optional(),
    multimediaProfile: text.optional(),
    skillProfile: text.optional(),
  }).optional(),
  limits: object({
    webexRequestsPerSecond: positive.optional(),
    contactCenterRequestsPerMinute: positive.optional(),
  }).optional(),
  sync: object({
    mode: z.enum(['endpoint', 'manual'], { error: 'must be endpoint or manual' }).optional(),
    endpointUrl: httpUrl.optional(),
    deadlineSeconds: seconds.optional(),
    resyncs: z
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(0, 'must be 0 or more')
      .optional(),
    pollSeconds: seconds.optional(),
    pollMaxSeconds: seconds.optional(),
    summaryWaitSeconds: seconds.optional(),
    watchIntervalSeconds: seconds.optional(),
  }).optional(),
};

const list = (what: string) => z.array(text, { error: missingOr(`must be a list of ${what}`) });

const orgSchema = object({
  key: z.string({
    error: (iss) => (iss.input === undefined ? 'is missing: a short name for commands, such as acme' : 'must be text'),
  }),
  name: text.optional(),
  orgId: text.optional(),
  spaces: list('space (room) ids').default([]),
  administrators: list('email addresses or @domains').default([]),
  credential: z.strictObject(
    {
      clientId: text.optional(),
      clientSecret: text.optional(),
      refreshToken: text.optional(),
      accessToken: text.optional(),
    },
    {
      error: (iss) =>
        iss.input === undefined
          ? 'is missing: each organization needs its own admin credential (its Service App authorised by it)'
          : 'must be an object: { clientId, clientSecret, refreshToken } or { accessToken }',
    },
  ),
  ...settingsShape,
});

const defaultsSchema = object(settingsShape);

const partnerSchema = object({
  name: text.optional(),
  spaces: list('space (room) ids').default([]),
  administrators: list('email addresses or @domains').default([]),
});

// The parts are checked one by one (below), so that a mistake in one organization does not hide the
// problems of the others.
const fileSchema = z.strictObject(
  {
    defaults: z.unknown().optional(),
    partner: z.unknown().optional(),
    organizations: z
      .array(z.unknown(), {
        error: (iss) =>
          iss.input === undefined ? 'is missing: list the organizations the bot serves' : 'must be a list',
      })
      .min(1, 'is empty: list at least one organization'),
  },
  { error: 'the file must hold an object with `organizations` (and optionally `defaults` and `partner`)' },
);

type Settings = z.infer<z.ZodObject<typeof settingsShape>>;

/** What the environment gives every organisation unless the file says otherwise. */
export interface OrgDefaults
  extends Pick<
    OrgConfig,
    'ccApiBaseUrl' | 'defaultLanguage' | 'agentDefaults' | 'webexRequestsPerSecond' | 'ccRequestsPerMinute' | 'sync'
  > {
  /** ALLOWED_ACTORS: people who may act for every organisation. */
  allowedActors: AllowedActors;
  /** The bot's token, which no organisation may use as its admin credential. */
  botToken: string | undefined;
}

export interface OrgsFileResult {
  orgs: OrgConfig[];
  problems: string[];
}

/** `organizations[1].credential.clientSecret` from a zod path. */
function where(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
    '',
  );
}

/** Line and column (1-based) of a character offset. */
function lineColumn(source: string, offset: number): string {
  const before = source.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

function parseFile(path: string, source: string): { value?: unknown; problems: string[] } {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') {
    try {
      return { value: JSON.parse(source), problems: [] };
    } catch (error) {
      const message = (error as Error).message;
      const at = /position (\d+)/.exec(message);
      const place = at ? ` at ${lineColumn(source, Number(at[1]))}` : '';
      return {
        problems: [
          `ORGS_FILE: ${path} is not valid JSON${place}: ${message.replace(/ in JSON at position \d+.*$/, '')}`,
        ],
      };
    }
  }
  if (ext === '.yaml' || ext === '.yml') {
    const doc = parseDocument(source);
    // The first error only: the ones after it are mostly the parser losing its way because of it.
    const first = doc.errors[0];
    if (first) {
      const pos = first.linePos?.[0];
      const place = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
      const message = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      return { problems: [`ORGS_FILE: ${path} is not valid YAML${place}: ${message}`] };
    }
    return { value: doc.toJS(), problems: [] };
  }
  return { problems: [`ORGS_FILE: ${path} must end in .json, .yaml or .yml (that says how to read it)`] };
}

const VAR_RE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** `${VAR}` in every string value, from the environment: secrets stay out of the file. */
function substitute(
  value: unknown,
  env: Record<string, string | undefined>,
  path: PropertyKey[],
  unset: Map<string, string>,
): unknown {
  if (typeof value === 'string')
    return value.replace(VAR_RE, (whole, name: string) => {
      const found = env[name];
      if (found !== undefined && found.trim() !== '') return found;
      unset.set(
        where(path),
        `${where(path)}: \${${name}} is not set in the environment; set ${name} (or write the value in the file)`,
      );
      return whole;
    });
  if (Array.isArray(value)) return value.map((v, i) => substitute(v, env, [...path, i], unset));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, env, [...path, k], unset)]));
  return value;
}

function zodProblem(issue: z.core.$ZodIssue): string {
  const at = where(issue.path) || 'the file';
  if (issue.code === 'unrecognized_keys')
    return `${at}: ${issue.keys.map((k) => `"${k}"`).join(', ')} ${issue.keys.length === 1 ? 'is not a field' : 'are not fields'} here (check the spelling against docs/configuration.md, "Several organizations")`;
  return `${at}: ${issue.message}`;
}

const splitTeams = (value: string): string[] =>
  value
    .split(/[;|]/)
    .map((v) => v.trim())
    .filter(Boolean);

function agentNames(s: Settings['agentDefaults']): AgentSettingNames {
  if (!s) return {};
  return {
    ...(s.site ? { site: s.site } : {}),
    ...(s.teams ? { teams: typeof s.teams === 'string' ? splitTeams(s.teams) : s.teams } : {}),
    ...(s.desktopProfile ? { desktopProfile: s.desktopProfile } : {}),
    ...(s.multimediaProfile ? { multimediaProfile: s.multimediaProfile } : {}),
    ...(s.skillProfile ? { skillProfile: s.skillProfile } : {}),
  };
}

/** The first value given: the organisation's, then the file's defaults. */
function pick<T>(...values: (T | undefined)[]): T | undefined {
  return values.find((v) => v !== undefined);
}

/**
 * Reads and checks the organisations file. Never throws for a problem of the file: it returns the
 * problems, so the configuration's error lists them with those of the environment.
 */
export function loadOrgsFile(
  path: string,
  env: Record<string, string | undefined>,
  defaults: OrgDefaults,
): OrgsFileResult {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      orgs: [],
      problems: [
        code === 'ENOENT'
          ? `ORGS_FILE: ${path} does not exist; give the path of the organizations file (see docs/examples/orgs.example.yaml)`
          : `ORGS_FILE: ${path} cannot be read (${code ?? (error as Error).message}); make it readable by the bot's user`,
      ],
    };
  }
  const parsed = parseFile(path, source);
  if (parsed.problems.length > 0) return { orgs: [], problems: parsed.problems };

  // An unset variable is the problem of its value; what the schema says of the value is then beside the point.
  const unset = new Map<string, string>();
  const substituted = substitute(parsed.value, env, [], unset);
  const problems = [...unset.values()];
  const shape = <S extends z.ZodType>(schema: S, value: unknown, prefix: PropertyKey[]): z.output<S> | undefined => {
    const checked = schema.safeParse(value);
    if (checked.success) return checked.data;
    for (const issue of checked.error.issues) {
      const placed = { ...issue, path: [...prefix, ...issue.path] } as z.core.$ZodIssue;
      if (!unset.has(where(placed.path))) problems.push(zodProblem(placed));
    }
    return undefined;
  };
  const file = shape(fileSchema, substituted, []);
  if (!file) return { orgs: [], problems };
  const defaultsGiven = file.defaults === undefined ? {} : shape(defaultsSchema, file.defaults, ['defaults']);
  const partner = file.partner === undefined ? undefined : shape(partnerSchema, file.partner, ['partner']);
  // With the defaults or the partner in error, what depends on them (spaces, sync) is not judged.
  const context = defaultsGiven !== undefined && (file.partner === undefined || partner !== undefined);
  const fileDefaults: Settings = defaultsGiven ?? {};
  const organizations = file.organizations.map((o, i) => shape(orgSchema, o, ['organizations', i]));

  const actors = (entries: string[], at: string): AllowedActors => {
    const found: AllowedActors = { emails: [], domains: [] };
    entries.forEach((entry, i) => {
      const actor = actorEntry(entry);
      if (!actor)
        problems.push(
          `${at}[${i}]: "${entry}" is neither an email address nor a domain (use alice@example.com or @example.com)`,
        );
      else if ('email' in actor) found.emails.push(actor.email);
      else found.domains.push(actor.domain);
    });
    return found;
  };
  const partnerSpaces = partner?.spaces ?? [];
  const partnerActors = actors(partner?.administrators ?? [], 'partner.administrators');

  const settingsProblems = (s: Settings, at: string) => {
    if (s.language !== undefined && !parseLang(s.language))
      problems.push(`${at}.language: "${s.language}" is not a language the bot speaks; use en or pt-BR`);
    if (s.contactCenterRegion && s.contactCenterApiUrl)
      problems.push(
        `${at}: contactCenterRegion and contactCenterApiUrl are both given; keep one (the region, unless your tenant has another address)`,
      );
  };
  settingsProblems(fileDefaults, 'defaults');

  const seenKeys = new Map<string, number>();
  const seenOrgIds = new Map<string, number>();
  const seenSecrets = new Map<string, number>();
  const orgs: OrgConfig[] = [];
  // Its key is judged even when the rest of an organization is in error: it is what names it.
  const keyProblems = (raw: string, i: number) => {
    const at = `organizations[${i}]`;
    const key = raw.trim();
    if (!KEY_RE.test(key))
      problems.push(
        `${at}.key: "${raw}" must be lower-case letters, digits and "-" (it is typed in commands: add @acme), for example "${
          key
            .toLowerCase()
            .replace(/[^a-z0-9-]+/g, '-')
            .replace(/^-+|-+$/g, '') || 'acme'
        }"`,
      );
    else if (COMMAND_WORDS.includes(key))
      problems.push(`${at}.key: "${key}" is a command word of the bot; choose another key (the customer's short name)`);
    const earlier = seenKeys.get(key);
    if (earlier !== undefined)
      problems.push(`${at}.key: "${key}" is already the key of organizations[${earlier}]; every key must be unique`);
    else seenKeys.set(key, i);
  };
  organizations.forEach((o, i) => {
    if (!o) {
      const raw = file.organizations[i];
      const key = raw && typeof raw === 'object' && 'key' in raw ? raw.key : undefined;
      if (typeof key === 'string') keyProblems(key, i);
      return;
    }
    const at = `organizations[${i}]`;
    const key = o.key.trim();
    keyProblems(o.key, i);

    if (o.orgId) {
      // The same organisation in either form: its Hydra id or the UUID inside it.
      const id = (hydraKey(o.orgId, 'ORGANIZATION') ?? o.orgId).toLowerCase();
      const before = seenOrgIds.get(id);
      if (before !== undefined)
        problems.push(
          `${at}.orgId: already the orgId of organizations[${before}]; one organization is listed once (give it several spaces instead)`,
        );
      else seenOrgIds.set(id, i);
    }

    if (context && o.spaces.length === 0 && partnerSpaces.length === 0)
      problems.push(
        `${at}.spaces: ${key} has no admin space; give its space id(s) here, or partner.spaces for a space the partner's team shares`,
      );

    const c = o.credential;
    const refreshParts = { clientId: c.clientId, clientSecret: c.clientSecret, refreshToken: c.refreshToken };
    const given = Object.entries(refreshParts).filter(([, v]) => v);
    let adminRefresh: AdminRefreshConfig | undefined;
    if (given.length > 0 && given.length < 3) {
      const missing = Object.entries(refreshParts)
        .filter(([, v]) => !v)
        .map(([k]) => `${at}.credential.${k}`);
      problems.push(
        `${missing.join(' and ')} missing: renewing the admin credential needs the client id, the client secret and the refresh token together`,
      );
    } else if (given.length === 3) {
      adminRefresh = { clientId: c.clientId!, clientSecret: c.clientSecret!, refreshToken: c.refreshToken! };
    }
    if (given.length === 0 && !c.accessToken)
      problems.push(
        `${at}.credential: empty; give the Service App's clientId, clientSecret and refreshToken as authorised by this organization (see docs/real-organisation.md), or at least an accessToken`,
      );
    if (c.accessToken && c.accessToken === defaults.botToken)
      problems.push(
        `${at}.credential.accessToken: it is the bot token; provisioning needs the organization's own admin credential`,
      );
    for (const [field, secret] of [
      ['refreshToken', c.refreshToken],
      ['accessToken', c.accessToken],
    ] as const) {
      if (!secret) continue;
      const before = seenSecrets.get(secret);
      if (before !== undefined)
        problems.push(
          `${at}.credential.${field}: the same as organizations[${before}]'s; each organization authorises the Service App itself and gets its own token`,
        );
      else seenSecrets.set(secret, i);
    }

    settingsProblems(o, at);
    const languageText = pick(o.language, fileDefaults.language);
    const region = pick(o.contactCenterRegion, fileDefaults.contactCenterRegion);
    const ccUrl =
      o.contactCenterApiUrl ??
      (o.contactCenterRegion ? CONTACT_CENTER_REGIONS[o.contactCenterRegion] : undefined) ??
      fileDefaults.contactCenterApiUrl ??
      (region ? CONTACT_CENTER_REGIONS[region] : undefined) ??
      defaults.ccApiBaseUrl;

    const webexRequestsPerSecond =
      pick(o.limits?.webexRequestsPerSecond, fileDefaults.limits?.webexRequestsPerSecond) ??
      defaults.webexRequestsPerSecond;
    const ccRequestsPerMinute =
      pick(o.limits?.contactCenterRequestsPerMinute, fileDefaults.limits?.contactCenterRequestsPerMinute) ??
      defaults.ccRequestsPerMinute;

    const s = { ...fileDefaults.sync, ...o.sync };
    const endpointUrl = s.endpointUrl ?? defaults.sync.endpointUrl;
    const mode = s.mode ?? (s.endpointUrl ? 'endpoint' : defaults.sync.mode);
    if (context && mode === 'endpoint' && !endpointUrl)
      problems.push(
        `${at}.sync: mode is endpoint but no endpointUrl is given: Webex has no public API for "Synchronize Users"; give the endpoint your deployment offers, or mode: manual`,
      );
    const base = defaults.sync.settings;
    const pollInitialMs = s.pollSeconds !== undefined ? s.pollSeconds * 1000 : base.pollInitialMs;
    const sync: SyncConfig = {
      mode,
      endpointUrl,
      settings: {
        ...base,
        ...(s.deadlineSeconds !== undefined ? { deadlineMs: s.deadlineSeconds * 1000 } : {}),
        ...(s.resyncs !== undefined ? { resyncs: s.resyncs } : {}),
        pollInitialMs,
        pollMaxMs: Math.max(s.pollMaxSeconds !== undefined ? s.pollMaxSeconds * 1000 : base.pollMaxMs, pollInitialMs),
        ...(s.summaryWaitSeconds !== undefined ? { summaryWaitMs: s.summaryWaitSeconds * 1000 } : {}),
        ...(s.watchIntervalSeconds !== undefined ? { watchIntervalMs: s.watchIntervalSeconds * 1000 } : {}),
        // Half of the organisation's Contact Center budget for the watcher, as for one organisation.
        watchChecksPerMinute: Math.max(1, Math.floor(ccRequestsPerMinute / 2)),
      },
    };

    const own = actors(o.administrators, `${at}.administrators`);
    const unique = (values: string[]) => [...new Set(values)];
    orgs.push({
      key,
      name: o.name ?? key,
      orgId: o.orgId,
      adminRoomIds: unique([...o.spaces, ...partnerSpaces]),
      allowedActors: {
        emails: unique([...defaults.allowedActors.emails, ...partnerActors.emails, ...own.emails]),
        domains: unique([...defaults.allowedActors.domains, ...partnerActors.domains, ...own.domains]),
      },
      adminToken: c.accessToken,
      adminRefresh,
      ccApiBaseUrl: ccUrl.replace(/\/$/, ''),
      defaultLanguage: (languageText && parseLang(languageText)) || defaults.defaultLanguage,
      agentDefaults: {
        ...defaults.agentDefaults,
        ...agentNames(fileDefaults.agentDefaults),
        ...agentNames(o.agentDefaults),
      },
      webexRequestsPerSecond,
      ccRequestsPerMinute,
      sync,
    });
  });
  return { orgs, problems };
}
