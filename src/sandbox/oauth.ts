import { createHash, randomBytes } from 'node:crypto';

/**
 * The sandbox's OAuth side, as a Service App or integration sees it: a client id and secret, a
 * refresh token from the admin's authorisation, and access tokens that expire. `POST /v1/access_token`
 * (grant_type=refresh_token) trades the refresh token for a new pair. Scopes can be narrowed per
 * identity so a missing scope answers 403, as Webex does. Nothing here knows HTTP.
 */

export type RefreshFailure = 'none' | 'invalid_grant' | 'unavailable';

export interface OAuthSettings {
  /** Lifetime of the access tokens the refresh call issues. Webex: 14 days for integrations. */
  accessTokenLifetimeSeconds: number;
  refreshTokenLifetimeSeconds: number;
  /** A refresh gives a new refresh token and retires the old one (the strictest behaviour). */
  rotateRefreshTokens: boolean;
  /** Makes the refresh call fail: the refresh token refused, or the token service down. */
  refreshFailure: RefreshFailure;
}

export const DEFAULT_OAUTH_SETTINGS: OAuthSettings = {
  accessTokenLifetimeSeconds: 14 * 24 * 3600,
  refreshTokenLifetimeSeconds: 90 * 24 * 3600,
  rotateRefreshTokens: true,
  refreshFailure: 'none',
};

/** The scopes an admin credential needs, by what it does (developer.webex.com's scope names). */
export const ADMIN_SCOPES = [
  'spark-admin:people_read',
  'spark-admin:people_write',
  'spark-admin:licenses_read',
  'spark-admin:roles_read',
  'identity:people_rw',
  'cjp:config_read',
  'cjp:config_write',
] as const;

/** The scope a request needs, or undefined when any valid token will do (messaging, `/people/me`). */
export function requiredScope(api: 'webex' | 'contact-center', method: string, path: string): string | undefined {
  if (api === 'contact-center') return method === 'GET' ? 'cjp:config_read' : 'cjp:config_write';
  if (path === '/people/me') return undefined;
  // SCIM 2 (admin OpenAPI "Get a user", "Update a user with PATCH", "User bulk API"): identity:people_rw
  // (reading also accepts identity:people_read, which the bot does not ask for).
  if (path.startsWith('/identity/scim/')) return 'identity:people_rw';
  if (path.startsWith('/people')) return method === 'GET' ? 'spark-admin:people_read' : 'spark-admin:people_write';
  if (path === '/licenses/users') return 'spark-admin:people_write';
  if (path.startsWith('/licenses')) return 'spark-admin:licenses_read';
  if (path.startsWith('/roles')) return 'spark-admin:roles_read';
  return undefined;
}

export interface IssuedPair {
  access_token: string;
  expires_in: number;
  refresh_token: string;
  refresh_token_expires_in: number;
  token_type: 'Bearer';
}

export type RefreshOutcome =
  | { ok: true; pair: IssuedPair; personId: string }
  | { ok: false; status: 400 | 401 | 503; error: string; description: string };

/**
 * What a running client holds from this OAuth side: the client, the refresh tokens issued and the access
 * tokens issued by refreshes (with whose they are), so a sandbox reset can leave them working.
 */
export interface IssuedCredentials {
  clientId: string;
  clientSecret: string;
  refreshCount: number;
  refreshTokens: [string, { personId: string; expiresAt: number }][];
  accessTokens: { token: string; personId: string; expiresAt: number }[];
}

export class SandboxOAuth {
  settings: OAuthSettings = { ...DEFAULT_OAUTH_SETTINGS };
  clientId = '';
  clientSecret = '';
  /** Refresh token -> whose it is and until when it works. */
  private readonly refreshTokens = new Map<string, { personId: string; expiresAt: number }>();
  /** Access tokens that expire (the seeded ones do not). */
  private readonly expiry = new Map<string, number>();
  /** Identities whose tokens hold only these scopes (others hold every scope). */
  private readonly scopes = new Map<string, Set<string>>();
  refreshCount = 0;
  private orgUuid = '';

  constructor(private readonly now: () => number = Date.now) {}

  /** A fresh client for an org, with the seeded Service App's first refresh token. */
  reset(orgKey: string, orgUuid: string, serviceAppId: string | undefined): void {
    this.orgUuid = orgUuid;
    this.settings = { ...DEFAULT_OAUTH_SETTINGS };
    this.refreshTokens.clear();
    this.expiry.clear();
    this.scopes.clear();
    this.refreshCount = 0;
    const digest = (label: string) => createHash('sha256').update(`sandbox-oauth:${orgKey}:${label}`).digest('hex');
    this.clientId = `C${digest('client-id')}`;
    this.clientSecret = digest('client-secret');
    if (serviceAppId)
      this.refreshTokens.set(digest('refresh-token-1'), {
        personId: serviceAppId,
        expiresAt: this.now() + this.settings.refreshTokenLifetimeSeconds * 1000,
      });
  }

  /** The client and every token issued by a refresh, with `ownerOf` naming whose access token it is. */
  issued(ownerOf: (accessToken: string) => string | undefined): IssuedCredentials {
    const accessTokens: IssuedCredentials['accessTokens'] = [];
    for (const [token, expiresAt] of this.expiry) {
      const personId = ownerOf(token);
      if (personId) accessTokens.push({ token, personId, expiresAt });
    }
    return {
      clientId: this.clientId,
      clientSecret: this.clientSecret,
      refreshCount: this.refreshCount,
      refreshTokens: [...this.refreshTokens].map(([token, r]) => [token, { ...r }]),
      accessTokens,
    };
  }

  /**
   * Takes back what `issued` gave, for the identities that still exist: the same client, its refresh
   * tokens working again, and its access tokens handed to `register` (settings and scopes stay as reset).
   */
  restore(
    held: IssuedCredentials,
    exists: (personId: string) => boolean,
    register: (accessToken: string, personId: string) => void,
  ): void {
    this.clientId = held.clientId;
    this.clientSecret = held.clientSecret;
    this.refreshCount = held.refreshCount;
    for (const [token, r] of held.refreshTokens) if (exists(r.personId)) this.refreshTokens.set(token, { ...r });
    for (const a of held.accessTokens) {
      if (!exists(a.personId)) continue;
      this.expiry.set(a.token, a.expiresAt);
      register(a.token, a.personId);
    }
  }

  /** The refresh tokens that work for an identity (the newest last). */
  refreshTokensOf(personId: string): string[] {
    return [...this.refreshTokens]
      .filter(([, r]) => r.personId === personId && r.expiresAt > this.now())
      .map(([token]) => token);
  }

  /** Whether an access token has run out. Tokens issued without an expiry never do. */
  expired(token: string): boolean {
    const at = this.expiry.get(token);
    return at !== undefined && at <= this.now();
  }

  /** Every access token issued by a refresh runs out now (as after its lifetime). */
  expireAccessTokens(): number {
    let count = 0;
    for (const token of this.expiry.keys()) {
      this.expiry.set(token, this.now() - 1);
      count += 1;
    }
    return count;
  }

  /** The admin took the authorisation back: every refresh token of the identity stops working. */
  revokeRefreshTokens(personId: string): void {
    for (const [token, r] of this.refreshTokens) if (r.personId === personId) this.refreshTokens.delete(token);
  }

  restrictScopes(personId: string, scopes: string[] | null): void {
    if (scopes === null) this.scopes.delete(personId);
    else this.scopes.set(personId, new Set(scopes));
  }

  hasScope(personId: string, scope: string): boolean {
    const held = this.scopes.get(personId);
    return !held || held.has(scope);
  }

  scopesOf(personId: string): string[] | null {
    const held = this.scopes.get(personId);
    return held ? [...held] : null;
  }

  /**
   * `grant_type=refresh_token`: checks the client and the refresh token, then issues an access token
   * that expires. `register` records the new access token as belonging to the identity.
   */
  refresh(
    form: { grant_type?: string; client_id?: string; client_secret?: string; refresh_token?: string },
    register: (accessToken: string, personId: string) => void,
  ): RefreshOutcome {
    if (this.settings.refreshFailure === 'unavailable')
      return {
        ok: false,
        status: 503,
        error: 'temporarily_unavailable',
        description: 'The token service is unavailable (injected by the sandbox).',
      };
    if (form.grant_type !== 'refresh_token')
      return {
        ok: false,
        status: 400,
        error: 'unsupported_grant_type',
        description: 'grant_type must be refresh_token.',
      };
    if (form.client_id !== this.clientId || form.client_secret !== this.clientSecret) {
      return {
        ok: false,
        status: 401,
        error: 'invalid_client',
        description: 'Client authentication failed: the client id or client secret is wrong.',
      };
    }
    const held = form.refresh_token ? this.refreshTokens.get(form.refresh_token) : undefined;
    if (!held || held.expiresAt <= this.now() || this.settings.refreshFailure === 'invalid_grant') {
      return {
        ok: false,
        status: 400,
        error: 'invalid_grant',
        description: 'The refresh token provided is expired, revoked, malformed, or invalid.',
      };
    }
    this.refreshCount += 1;
    // Webex's token shape: a secret, the cluster marker, the org's id.
    const accessToken = `${randomBytes(24).toString('hex')}_P0A1_${this.orgUuid}`;
    this.expiry.set(accessToken, this.now() + this.settings.accessTokenLifetimeSeconds * 1000);
    register(accessToken, held.personId);
    let refreshToken = form.refresh_token!;
    if (this.settings.rotateRefreshTokens) {
      this.refreshTokens.delete(refreshToken);
      refreshToken = randomBytes(32).toString('hex');
      this.refreshTokens.set(refreshToken, held);
    }
    return {
      ok: true,
      personId: held.personId,
      pair: {
        access_token: accessToken,
        expires_in: this.settings.accessTokenLifetimeSeconds,
        refresh_token: refreshToken,
        refresh_token_expires_in: Math.max(0, Math.floor((held.expiresAt - this.now()) / 1000)),
        token_type: 'Bearer',
      },
    };
  }
}
