import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('starts in sandbox mode with no token at all', () => {
    const config = loadConfig({});
    expect(config.mode).toBe('sandbox');
    expect(config.port).toBe(3000);
    expect(config.bindHost).toBe('127.0.0.1');
  });

  it('reads the defaults for new Contact Center agents by name, teams split on ; or |', () => {
    expect(loadConfig({}).agentDefaults).toEqual({});
    const config = loadConfig({
      AGENT_DEFAULT_SITE: ' São Paulo ',
      AGENT_DEFAULT_TEAMS: 'Vendas; Suporte | Atendimento, Norte;',
      AGENT_DEFAULT_DESKTOP_PROFILE: 'Padrão',
      AGENT_DEFAULT_MULTIMEDIA_PROFILE: 'Voz e chat',
      AGENT_DEFAULT_SKILL_PROFILE: 'Idiomas',
    });
    expect(config.agentDefaults).toEqual({
      site: 'São Paulo',
      teams: ['Vendas', 'Suporte', 'Atendimento, Norte'],
      desktopProfile: 'Padrão',
      multimediaProfile: 'Voz e chat',
      skillProfile: 'Idiomas',
    });
  });

  it('keeps its store in SQLite unless DATABASE_URL names a PostgreSQL database', () => {
    expect(loadConfig({}).databaseUrl).toBeUndefined();
    const config = loadConfig({
      DATABASE_URL: 'postgres://bot:secret@db.example.com:5432/wxcc',
      DATABASE_SCHEMA: 'acme_bot',
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgres://bot:secret@db.example.com:5432/wxcc',
      databaseSchema: 'acme_bot',
    });
    expect(loadConfig({ DATABASE_URL: 'postgres://db/wxcc' }).databaseSchema).toBe('wxcc_bot');
    let error: ConfigError | undefined;
    try {
      loadConfig({ DATABASE_URL: 'mysql://db/wxcc', DATABASE_SCHEMA: 'Acme-Bot' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error!.problems.join('\n')).toMatch(/DATABASE_URL must be a postgres:\/\/ URL/);
    expect(error!.problems.join('\n')).toMatch(/DATABASE_SCHEMA must be lower-case letters, digits and _/);
  });

  it('lists every problem at once, each with how to fix it', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ WEBEX_BOT_TOKEN: 'bot', PORT: 'eighty', LOG_LEVEL: 'loud', WEBEX_API_BASE_URL: 'ftp://x' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems.join('\n')).toMatch(/PORT/);
    expect(error!.problems.join('\n')).toMatch(/LOG_LEVEL must be one of/);
    expect(error!.problems.join('\n')).toMatch(/WEBEX_API_BASE_URL must be an http\(s\) URL/);
  });

  it('needs an admin credential, the admin spaces and a webhook secret with a real token', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({
        WEBEX_BOT_TOKEN: 'bot',
        WEBHOOK_PUBLIC_URL: 'https://bot.example.com/webhook',
        ALLOWED_ACTORS: 'alice@example.com,not an entry',
      });
    } catch (e) {
      error = e as ConfigError;
    }
    const text = error!.problems.join('\n');
    expect(error!.problems).toHaveLength(4);
    expect(text).toMatch(/The admin credential is missing: a bot token cannot create people/);
    expect(text).toMatch(/WEBEX_ADMIN_CLIENT_ID, WEBEX_ADMIN_CLIENT_SECRET and WEBEX_ADMIN_REFRESH_TOKEN/);
    expect(text).toMatch(/ADMIN_ROOM_IDS is missing/);
    expect(text).toMatch(/WEBHOOK_SECRET is missing/);
    expect(text).toMatch(/"not an entry" is neither an email address nor a domain/);
    expect(error!.message).toMatch(/4 problems/);
  });

  it('takes a Service App client and refresh token as the admin credential, all three together', () => {
    const refresh = {
      WEBEX_ADMIN_CLIENT_ID: 'Cid',
      WEBEX_ADMIN_CLIENT_SECRET: 'secret',
      WEBEX_ADMIN_REFRESH_TOKEN: 'rt',
    };
    const config = loadConfig({ WEBEX_BOT_TOKEN: 'b', ADMIN_ROOM_IDS: 'r', ...refresh });
    expect(config.mode === 'webex' && config.adminRefresh).toEqual({
      clientId: 'Cid',
      clientSecret: 'secret',
      refreshToken: 'rt',
    });
    expect(config.mode === 'webex' && config.adminToken).toBeUndefined();
    expect(() =>
      loadConfig({
        WEBEX_BOT_TOKEN: 'b',
        ADMIN_ROOM_IDS: 'r',
        WEBEX_ADMIN_TOKEN: 'a',
        WEBEX_ADMIN_REFRESH_TOKEN: 'rt',
      }),
    ).toThrow(/WEBEX_ADMIN_CLIENT_ID and WEBEX_ADMIN_CLIENT_SECRET missing: renewing the admin credential needs/);
    expect(() => loadConfig(refresh)).toThrow(/set but WEBEX_BOT_TOKEN is not: the sandbox brings its own Service App/);
  });

  it('refuses to use the bot token as the admin credential', () => {
    expect(() => loadConfig({ WEBEX_BOT_TOKEN: 't', WEBEX_ADMIN_TOKEN: 't', ADMIN_ROOM_IDS: 'r' })).toThrow(
      /is the bot token/,
    );
  });

  it('runs in websocket mode without a public URL, and webhook mode with one', () => {
    const ws = loadConfig({ WEBEX_BOT_TOKEN: 'b', WEBEX_ADMIN_TOKEN: 'a', ADMIN_ROOM_IDS: 'r1, r2' });
    expect(ws.mode === 'webex' && ws.webhook).toBeUndefined();
    expect(ws.adminRoomIds).toEqual(['r1', 'r2']);
    const wh = loadConfig({
      WEBEX_BOT_TOKEN: 'b',
      WEBEX_ADMIN_TOKEN: 'a',
      ADMIN_ROOM_IDS: 'r1',
      WEBHOOK_PUBLIC_URL: 'https://bot.example.com/hooks/webex',
      WEBHOOK_SECRET: '0123456789abcdef0123',
      ALLOWED_ACTORS: 'Lead@Example.com, @partner.example.com',
    });
    expect(wh.mode === 'webex' && wh.webhook).toEqual({
      publicUrl: 'https://bot.example.com/hooks/webex',
      secret: '0123456789abcdef0123',
    });
    expect(wh.allowedActors).toEqual({ emails: ['lead@example.com'], domains: ['partner.example.com'] });
    expect(wh.bindHost).toBe('0.0.0.0');
  });

  it('says when a half real, half sandbox configuration was given', () => {
    expect(() => loadConfig({ WEBEX_ADMIN_TOKEN: 'a' })).toThrow(/WEBEX_ADMIN_TOKEN is set but WEBEX_BOT_TOKEN is not/);
  });

  it('asks for the synchronisation at an endpoint only where one is given; real Webex has none', () => {
    const base = { WEBEX_BOT_TOKEN: 'b', WEBEX_ADMIN_TOKEN: 'a', ADMIN_ROOM_IDS: 'r1' };
    expect(loadConfig({}).sync.mode).toBe('endpoint');
    const real = loadConfig(base);
    expect(real.sync).toMatchObject({ mode: 'manual', endpointUrl: undefined });
    expect(real.sync.settings).toMatchObject({
      deadlineMs: 600_000,
      resyncs: 2,
      pollInitialMs: 5_000,
      summaryWaitMs: 120_000,
      watchIntervalMs: 300_000,
      // Half of the default Contact Center budget, which leaves a fifth of the 300 a minute to other tools.
      watchChecksPerMinute: 120,
    });
    expect(real.ccRequestsPerMinute).toBe(240);
    const tuned = loadConfig({
      ...base,
      SYNC_ENDPOINT_URL: 'https://sync.example.com/synchronize',
      SYNC_DEADLINE_SECONDS: '90',
      SYNC_RESYNCS: '0',
      SYNC_WATCH_INTERVAL_SECONDS: '30',
      CC_REQUESTS_PER_MINUTE: '100',
    });
    expect(tuned.sync).toMatchObject({ mode: 'endpoint', endpointUrl: 'https://sync.example.com/synchronize' });
    expect(tuned.sync.settings).toMatchObject({
      deadlineMs: 90_000,
      resyncs: 0,
      watchIntervalMs: 30_000,
      watchChecksPerMinute: 50,
    });
    expect(() => loadConfig({ ...base, SYNC_MODE: 'endpoint' })).toThrow(
      /SYNC_MODE is endpoint but SYNC_ENDPOINT_URL is not set/,
    );
    expect(() => loadConfig({ ...base, SYNC_RESYNCS: '-1', SYNC_MODE: 'sometimes' })).toThrow(
      /SYNC_MODE must be endpoint or manual[\s\S]*SYNC_RESYNCS must be 0 or more/,
    );
  });

  it("takes the organisation's language, and refuses one the bot does not speak", () => {
    expect(loadConfig({}).defaultLanguage).toBe('en');
    expect(loadConfig({ BOT_LANGUAGE: 'pt-BR' }).defaultLanguage).toBe('pt-BR');
    expect(loadConfig({ BOT_LANGUAGE: 'português' }).defaultLanguage).toBe('pt-BR');
    expect(() => loadConfig({ BOT_LANGUAGE: 'fr' })).toThrow(
      /BOT_LANGUAGE: "fr" is not a language the bot speaks; use en or pt-BR/,
    );
  });
});
