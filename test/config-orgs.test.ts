import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandWords } from '../src/bot/commands/command.js';
import { helpCommand } from '../src/bot/commands/help.js';
import { orgsCommand } from '../src/bot/commands/orgs.js';
import { conversation } from '../src/bot/registry.js';
import { type AppConfig, ConfigError, loadConfig, type WebexModeConfig } from '../src/config.js';
import { COMMAND_WORDS } from '../src/orgs-file.js';
import { encodeHydraId } from '../src/webex/hydra-id.js';

/** Several organisations from a file (ORGS_FILE), JSON or YAML, with the environment as the defaults. */
const dir = mkdtempSync(join(tmpdir(), 'wxcc-orgs-'));
let n = 0;
function file(ext: 'json' | 'yaml' | 'yml' | 'txt', content: string | object): string {
  const path = join(dir, `orgs-${++n}.${ext}`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

const BOT = { WEBEX_BOT_TOKEN: 'bot-token' };

function webex(config: AppConfig): WebexModeConfig {
  if (config.mode !== 'webex') throw new Error('expected webex mode');
  return config;
}

function problems(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

const YAML = `
defaults:
  language: pt-BR
  contactCenterRegion: us1
partner:
  name: Northwind Partners
  spaces: [partner-space]
  administrators: [pat@partner.example.com, "@northwind.example.com"]
organizations:
  - key: acme
    name: Acme Contact Center
    orgId: acme-org-id
    spaces: [acme-space]
    administrators: [lead@acme.example.com]
    credential:
      clientId: acme-client
      clientSecret: \${ACME_CLIENT_SECRET}
      refreshToken: \${ACME_REFRESH_TOKEN}
    agentDefaults: { site: São Paulo, teams: "Vendas; Suporte" }
  - key: globex
    name: Globex
    credential: { accessToken: globex-token }
    contactCenterRegion: eu2
    language: en
    limits: { webexRequestsPerSecond: 4, contactCenterRequestsPerMinute: 100 }
    sync: { endpointUrl: https://sync.globex.example.com/synchronize, deadlineSeconds: 90 }
`;

describe('several organizations (ORGS_FILE)', () => {
  it('reads a YAML file: secrets from the environment, partner spaces and administrators for every organization', () => {
    const config = webex(
      loadConfig({
        ...BOT,
        ORGS_FILE: file('yaml', YAML),
        ACME_CLIENT_SECRET: 'acme-secret',
        ACME_REFRESH_TOKEN: 'acme-refresh',
        ALLOWED_ACTORS: 'ops@example.com',
      }),
    );
    const [acme, globex] = config.orgs!;
    expect(config.orgs).toHaveLength(2);
    expect(acme).toMatchObject({
      key: 'acme',
      name: 'Acme Contact Center',
      orgId: 'acme-org-id',
      adminRoomIds: ['acme-space', 'partner-space'],
      adminToken: undefined,
      adminRefresh: { clientId: 'acme-client', clientSecret: 'acme-secret', refreshToken: 'acme-refresh' },
      ccApiBaseUrl: 'https://api.wxcc-us1.cisco.com',
      defaultLanguage: 'pt-BR',
      agentDefaults: { site: 'São Paulo', teams: ['Vendas', 'Suporte'] },
    });
    expect(acme!.allowedActors).toEqual({
      emails: ['ops@example.com', 'pat@partner.example.com', 'lead@acme.example.com'],
      domains: ['northwind.example.com'],
    });
    expect(globex).toMatchObject({
      key: 'globex',
      name: 'Globex',
      orgId: undefined,
      adminRoomIds: ['partner-space'],
      adminToken: 'globex-token',
      adminRefresh: undefined,
      ccApiBaseUrl: 'https://api.wxcc-eu2.cisco.com',
      defaultLanguage: 'en',
      webexRequestsPerSecond: 4,
      ccRequestsPerMinute: 100,
    });
    expect(globex!.allowedActors.emails).toEqual(['ops@example.com', 'pat@partner.example.com']);
    // The deployment answers in every space of every organisation.
    expect(config.adminRoomIds).toEqual(['acme-space', 'partner-space']);
    expect(config.adminRefresh).toBeUndefined();
    expect(config.adminToken).toBeUndefined();
  });

  it('takes the environment as the default of what the file does not say, and the file wins where it does', () => {
    const env = {
      ...BOT,
      ACME_CLIENT_SECRET: 's',
      ACME_REFRESH_TOKEN: 'r',
      WEBEX_CC_API_BASE_URL: 'https://api.wxcc-eu1.cisco.com',
      BOT_LANGUAGE: 'pt-BR',
      WEBEX_REQUESTS_PER_SECOND: '7',
      CC_REQUESTS_PER_MINUTE: '200',
      SYNC_ENDPOINT_URL: 'https://sync.example.com/synchronize',
      SYNC_RESYNCS: '3',
      AGENT_DEFAULT_SITE: 'Lisboa',
      AGENT_DEFAULT_DESKTOP_PROFILE: 'Padrão',
    };
    const config = webex(
      loadConfig({
        ...env,
        ORGS_FILE: file('json', {
          organizations: [
            { key: 'acme', spaces: ['a'], credential: { accessToken: 'a-token' } },
            {
              key: 'globex',
              spaces: ['g'],
              credential: { accessToken: 'g-token' },
              contactCenterApiUrl: 'https://cc.globex.example.com/',
              language: 'en',
              limits: { contactCenterRequestsPerMinute: 60 },
              agentDefaults: { site: 'Porto', teams: ['Norte, Sul'] },
              sync: { mode: 'manual', resyncs: 0, pollSeconds: 10 },
            },
          ],
        }),
      }),
    );
    const [acme, globex] = config.orgs!;
    expect(acme).toMatchObject({
      name: 'acme',
      ccApiBaseUrl: 'https://api.wxcc-eu1.cisco.com',
      defaultLanguage: 'pt-BR',
      webexRequestsPerSecond: 7,
      ccRequestsPerMinute: 200,
      agentDefaults: { site: 'Lisboa', desktopProfile: 'Padrão' },
      sync: { mode: 'endpoint', endpointUrl: 'https://sync.example.com/synchronize' },
    });
    expect(acme!.sync.settings).toMatchObject({ resyncs: 3, deadlineMs: 600_000, watchChecksPerMinute: 100 });
    expect(globex).toMatchObject({
      ccApiBaseUrl: 'https://cc.globex.example.com',
      defaultLanguage: 'en',
      webexRequestsPerSecond: 7,
      ccRequestsPerMinute: 60,
      agentDefaults: { site: 'Porto', teams: ['Norte, Sul'], desktopProfile: 'Padrão' },
      sync: { mode: 'manual' },
    });
    expect(globex!.sync.settings).toMatchObject({
      resyncs: 0,
      pollInitialMs: 10_000,
      pollMaxMs: 60_000,
      watchChecksPerMinute: 30,
    });
  });

  it('maps every Contact Center region to its API', () => {
    const regions = {
      us1: 'https://api.wxcc-us1.cisco.com',
      eu1: 'https://api.wxcc-eu1.cisco.com',
      eu2: 'https://api.wxcc-eu2.cisco.com',
      anz1: 'https://api.wxcc-anz1.cisco.com',
      ca1: 'https://api.wxcc-ca1.cisco.com',
      jp1: 'https://api.wxcc-jp1.cisco.com',
      sg1: 'https://api.wxcc-sg1.cisco.com',
    };
    const config = webex(
      loadConfig({
        ...BOT,
        ORGS_FILE: file('json', {
          partner: { spaces: ['p'] },
          organizations: Object.keys(regions).map((region) => ({
            key: `org-${region}`,
            credential: { accessToken: `token-${region}` },
            contactCenterRegion: region,
          })),
        }),
      }),
    );
    expect(Object.fromEntries(config.orgs!.map((o) => [o.key.slice(4), o.ccApiBaseUrl]))).toEqual(regions);
    expect(
      problems({
        ...BOT,
        ORGS_FILE: file('json', {
          organizations: [{ key: 'x', spaces: ['s'], credential: { accessToken: 't' }, contactCenterRegion: 'us2' }],
        }),
      }),
    ).toEqual([
      'organizations[0].contactCenterRegion: must be one of us1, eu1, eu2, anz1, ca1, jp1, sg1 (Control Hub > Contact Center > Tenant settings)',
    ]);
  });

  it('lists every problem of the file and of the environment at once, each with its place and its fix', () => {
    const path = file(
      'yaml',
      `
partner:
  administrators: [not an address]
organizations:
  - key: Acme Corp
    spaces: [s1]
    credential:
      clientId: c
      refreshToken: \${ACME_REFRESH_TOKEN}
    language: fr
    langauge: en
  - key: export
    credential: { accessToken: bot-token }
  - key: globex
    orgId: same-org
    spaces: [s2]
  - key: globex
    orgId: same-org
    spaces: [s3]
    credential: { accessToken: t3 }
    contactCenterRegion: eu1
    contactCenterApiUrl: https://cc.example.com
    sync: { mode: endpoint }
`,
    );
    const listed = problems({
      ...BOT,
      ORGS_FILE: path,
      ADMIN_ROOM_IDS: 'r',
      WEBEX_ADMIN_TOKEN: 'a',
      PORT: 'eighty',
    });
    expect(listed).toEqual([
      'PORT: PORT must be a port number (0-65535)',
      "WEBEX_ADMIN_TOKEN, ADMIN_ROOM_IDS are set with ORGS_FILE: they belong in the file now (each organization's credential and spaces); remove them from the environment",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the file's own ${VAR}, quoted back
      'organizations[0].credential.refreshToken: ${ACME_REFRESH_TOKEN} is not set in the environment; set ACME_REFRESH_TOKEN (or write the value in the file)',
      'organizations[0]: "langauge" is not a field here (check the spelling against docs/configuration.md, "Several organizations")',
      'organizations[2].credential: is missing: each organization needs its own admin credential (its Service App authorised by it)',
      // A mistake in one organization does not hide the others' problems.
      'partner.administrators[0]: "not an address" is neither an email address nor a domain (use alice@example.com or @example.com)',
      'organizations[0].key: "Acme Corp" must be lower-case letters, digits and "-" (it is typed in commands: add @acme), for example "acme-corp"',
      'organizations[1].key: "export" is a command word of the bot; choose another key (the customer\'s short name)',
      "organizations[1].spaces: export has no admin space; give its space id(s) here, or partner.spaces for a space the partner's team shares",
      "organizations[1].credential.accessToken: it is the bot token; provisioning needs the organization's own admin credential",
      'organizations[3].key: "globex" is already the key of organizations[2]; every key must be unique',
      'organizations[3]: contactCenterRegion and contactCenterApiUrl are both given; keep one (the region, unless your tenant has another address)',
      'organizations[3].sync: mode is endpoint but no endpointUrl is given: Webex has no public API for "Synchronize Users"; give the endpoint your deployment offers, or mode: manual',
    ]);
    // The rules across organizations (unique keys, orgIds, tokens), with every organization well formed.
    const shaped = file(
      'yaml',
      `
partner:
  administrators: [not an address]
organizations:
  - key: Acme Corp
    spaces: [s1]
    credential: { clientId: c, refreshToken: r }
    language: fr
  - key: export
    credential: { accessToken: bot-token }
  - key: globex
    orgId: 6f1e2d3c-0000-4000-8000-00000000000a
    spaces: [s2]
    credential: { accessToken: t2 }
  - key: globex
    orgId: \${SAME_ORG_HYDRA_ID}
    spaces: [s3]
    credential: { accessToken: t2 }
    contactCenterRegion: eu1
    contactCenterApiUrl: https://cc.example.com
    sync: { mode: endpoint }
`,
    );
    const error = (() => {
      try {
        loadConfig({
          ...BOT,
          ORGS_FILE: shaped,
          ADMIN_ROOM_IDS: 'r',
          WEBEX_ADMIN_TOKEN: 'a',
          // The same organisation as organizations[2], as its Hydra id.
          SAME_ORG_HYDRA_ID: encodeHydraId('ORGANIZATION', '6F1E2D3C-0000-4000-8000-00000000000A'),
        });
      } catch (e) {
        return e as ConfigError;
      }
      throw new Error('accepted');
    })();
    expect(error.problems).toEqual([
      "WEBEX_ADMIN_TOKEN, ADMIN_ROOM_IDS are set with ORGS_FILE: they belong in the file now (each organization's credential and spaces); remove them from the environment",
      'partner.administrators[0]: "not an address" is neither an email address nor a domain (use alice@example.com or @example.com)',
      'organizations[0].key: "Acme Corp" must be lower-case letters, digits and "-" (it is typed in commands: add @acme), for example "acme-corp"',
      'organizations[0].credential.clientSecret missing: renewing the admin credential needs the client id, the client secret and the refresh token together',
      'organizations[0].language: "fr" is not a language the bot speaks; use en or pt-BR',
      'organizations[1].key: "export" is a command word of the bot; choose another key (the customer\'s short name)',
      "organizations[1].spaces: export has no admin space; give its space id(s) here, or partner.spaces for a space the partner's team shares",
      "organizations[1].credential.accessToken: it is the bot token; provisioning needs the organization's own admin credential",
      'organizations[3].key: "globex" is already the key of organizations[2]; every key must be unique',
      'organizations[3].orgId: already the orgId of organizations[2]; one organization is listed once (give it several spaces instead)',
      "organizations[3].credential.accessToken: the same as organizations[2]'s; each organization authorises the Service App itself and gets its own token",
      'organizations[3]: contactCenterRegion and contactCenterApiUrl are both given; keep one (the region, unless your tenant has another address)',
      'organizations[3].sync: mode is endpoint but no endpointUrl is given: Webex has no public API for "Synchronize Users"; give the endpoint your deployment offers, or mode: manual',
    ]);
    expect(error.message).toMatch(/^The bot cannot start: its configuration has 13 problems:/);
    // A partner in error: the organizations' spaces are not judged without it.
    expect(
      problems({
        ...BOT,
        ORGS_FILE: file('json', {
          partner: { spaces: 'partner-space' },
          organizations: [{ key: 'acme', credential: { accessToken: 't' } }],
        }),
      }),
    ).toEqual(['partner.spaces: must be a list of space (room) ids']);
  });

  it("refuses as a key every word the bot's commands answer to", () => {
    // Only the commands' names are read: nothing is called, so no service is needed behind them.
    const commands = [
      helpCommand(() => [], 'bot'),
      orgsCommand(
        async () => [],
        () => '',
      ),
      ...conversation({ services: {} } as never).commands,
    ];
    const typeable = commands.flatMap(commandWords).filter((w) => /^[a-z0-9-]+$/.test(w));
    expect(typeable).toContain('export');
    expect(COMMAND_WORDS).toEqual(expect.arrayContaining(typeable));
  });

  it('says where a file cannot be parsed, by line and column', () => {
    expect(
      problems({ ...BOT, ORGS_FILE: file('json', '{\n  "organizations": [\n    { "key": "acme", }\n  ]\n}') }),
    ).toEqual([expect.stringMatching(/^ORGS_FILE: .*orgs-\d+\.json is not valid JSON at line 3, column 22: /)]);
    expect(
      problems({ ...BOT, ORGS_FILE: file('yaml', 'organizations:\n  - key: acme\n    spaces: [a\n  - key: b\n') }),
    ).toEqual([expect.stringMatching(/^ORGS_FILE: .*orgs-\d+\.yaml is not valid YAML at line \d+, column \d+: /)]);
    expect(problems({ ...BOT, ORGS_FILE: file('yaml', 'organizations: []\norganizations: []\n') })).toEqual([
      expect.stringMatching(/is not valid YAML at line 2, column 1: Map keys must be unique/),
    ]);
    expect(problems({ ...BOT, ORGS_FILE: file('txt', 'organizations: []') })).toEqual([
      expect.stringMatching(/orgs-\d+\.txt must end in \.json, \.yaml or \.yml/),
    ]);
    expect(problems({ ...BOT, ORGS_FILE: join(dir, 'missing.yaml') })).toEqual([
      expect.stringMatching(/missing\.yaml does not exist; give the path of the organizations file/),
    ]);
    expect(problems({ ...BOT, ORGS_FILE: file('yml', 'organizations: []\n') })).toEqual([
      'organizations: is empty: list at least one organization',
    ]);
  });

  it('belongs to a real deployment: the sandbox takes SANDBOX_ORGS instead', () => {
    expect(problems({ ORGS_FILE: file('yaml', YAML) })).toEqual([
      'ORGS_FILE is set but WEBEX_BOT_TOKEN is not: the sandbox brings its own organizations; use SANDBOX_ORGS=acme,globex for its partner view, or set WEBEX_BOT_TOKEN to serve the organizations of the file',
    ]);
    const sandbox = loadConfig({ SANDBOX_ORGS: 'Acme, globex' });
    expect(sandbox.mode === 'sandbox' && sandbox.sandboxOrgs).toEqual(['acme', 'globex']);
    expect(problems({ ...BOT, WEBEX_ADMIN_TOKEN: 'a', ADMIN_ROOM_IDS: 'r', SANDBOX_ORGS: 'acme' })).toEqual([
      expect.stringMatching(
        /^SANDBOX_ORGS is set but so is WEBEX_BOT_TOKEN: .* serve real organizations with ORGS_FILE/,
      ),
    ]);
  });

  it('leaves the one-organization configuration as it was', () => {
    const config = webex(loadConfig({ ...BOT, WEBEX_ADMIN_TOKEN: 'a', ADMIN_ROOM_IDS: 'r1' }));
    expect(config.orgs).toBeUndefined();
    expect(config.adminRoomIds).toEqual(['r1']);
  });

  it('the example file of the documentation is valid', () => {
    const config = webex(
      loadConfig({
        ...BOT,
        ORGS_FILE: join(import.meta.dirname, '../docs/examples/orgs.example.yaml'),
        ACME_CLIENT_ID: 'c1',
        ACME_CLIENT_SECRET: 's1',
        ACME_REFRESH_TOKEN: 'r1',
        GLOBEX_CLIENT_ID: 'c2',
        GLOBEX_CLIENT_SECRET: 's2',
        GLOBEX_REFRESH_TOKEN: 'r2',
      }),
    );
    expect(config.orgs!.map((o) => o.key)).toEqual(['acme', 'globex']);
  });
});
