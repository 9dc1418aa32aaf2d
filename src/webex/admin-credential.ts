import type { Logger } from 'pino';
import { WebexApiError } from './errors.js';
import type { ApiHttpClient } from './http-client.js';

/** An access token, when it stops working, and the refresh token that gets the next one. */
export interface TokenPair {
  accessToken: string;
  /** Epoch ms. */
  expiresAt: number;
  refreshToken: string;
  refreshExpiresAt: number;
  /** When it was issued (epoch ms), to renew it when a share of its lifetime is left. */
  issuedAt: number;
}

/** Where the newest pair is kept, so a restart does not go back to a refresh token already used up. */
export interface TokenVault {
  load(): Promise<TokenPair | undefined>;
  save(pair: TokenPair): Promise<void>;
}

/** Why the credential cannot be renewed: Webex refused the refresh token or client, or could not be reached. */
export interface CredentialProblem {
  kind: 'refused' | 'unreachable';
  /** Webex's words (never a token). */
  detail: string;
  trackingId: string | undefined;
  /** When the access token in hand stops working (epoch ms); in the past when it already has. */
  expiresAt: number | undefined;
}

export interface CredentialListener {
  /** The first failed renewal of an episode (not every retry). */
  renewalFailed(problem: CredentialProblem): void;
  /** Renewed again after a failure. */
  renewalRecovered(): void;
}

export interface AdminCredential {
  token(): Promise<string>;
  /** After a 401 with `tokenUsed`: true when a newer token is there to try. */
  unauthorized(tokenUsed: string): Promise<boolean>;
  /** Resolves once the credential can be used (at once when it can). */
  whenUsable(): Promise<void>;
  /** What is wrong, if anything. */
  readonly problem: CredentialProblem | undefined;
  /** When the access token in hand stops working (epoch ms), when known. */
  readonly expiresAt: number | undefined;
  stop(): void;
}

/** A token that does not expire as far as the bot knows (a token pasted into the configuration). */
export class StaticCredential implements AdminCredential {
  readonly problem = undefined;
  readonly expiresAt = undefined;
  constructor(private readonly accessToken: string) {}
  token(): Promise<string> {
    return Promise.resolve(this.accessToken);
  }
  unauthorized(): Promise<boolean> {
    return Promise.resolve(false);
  }
  whenUsable(): Promise<void> {
    return Promise.resolve();
  }
  stop(): void {}
}

export interface RefreshingCredentialOptions {
  /** A client for the Webex API base (`/access_token` below it), without a bearer token. */
  http: ApiHttpClient;
  clientId: string;
  clientSecret: string;
  /** The refresh token from the configuration (the vault's newer one wins when it descends from it). */
  refreshToken: string;
  /** An access token from the configuration, used until the first renewal. */
  accessToken?: string;
  vault: TokenVault;
  logger: Logger;
  listener?: CredentialListener;
  now?: () => number;
  /** Renew when this share of the token's lifetime is left (default 0.2: a 14-day token ~3 days ahead). */
  renewAtRemaining?: number;
  /** First wait before trying a failed renewal again; doubles up to `retryMaxMs`. */
  retryMs?: number;
  retryMaxMs?: number;
}

const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A Service App's (or integration's) access token, renewed with its refresh token before it expires
 * and after a 401, the newest pair kept in the vault. One renewal at a time; a failing renewal is
 * tried again with back-off and told to the listener once, and once more when it works again.
 */
export class RefreshingCredential implements AdminCredential {
  private pair: TokenPair | undefined;
  private renewing: Promise<boolean> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private failures = 0;
  private lastAttemptAt = 0;
  private stopped = false;
  private waiters: (() => void)[] = [];
  problem: CredentialProblem | undefined;
  private readonly now: () => number;

  constructor(private readonly options: RefreshingCredentialOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Takes the vault's pair (or the configuration's), renews it now if its expiry is unknown or near. */
  async start(): Promise<void> {
    this.pair = await this.options.vault.load();
    if (!this.pair && this.options.accessToken) {
      // A pasted access token: its expiry is unknown, so the first renewal happens at once.
      this.pair = {
        accessToken: this.options.accessToken,
        expiresAt: 0,
        issuedAt: 0,
        refreshToken: this.options.refreshToken,
        refreshExpiresAt: Number.MAX_SAFE_INTEGER,
      };
    }
    if (!this.pair || this.dueForRenewal()) await this.renew();
    else this.schedule();
  }

  async token(): Promise<string> {
    // While renewal fails, the scheduled retries (and a 401's) try again, not every call.
    if ((!this.pair || this.expired()) && !this.problem) await this.renew();
    else if (this.dueForRenewal() && !this.problem) void this.renew();
    return this.pair?.accessToken ?? '';
  }

  async unauthorized(tokenUsed: string): Promise<boolean> {
    // Renewed since that call went out: the caller can try the new token.
    if (this.pair && this.pair.accessToken !== tokenUsed) return true;
    // Webex refused the token in hand: it counts as expired, whatever its expiry said (so jobs wait).
    if (this.pair) this.pair = { ...this.pair, expiresAt: Math.min(this.pair.expiresAt, this.now()) };
    // Failing already: do not hammer the token service on every call; the scheduled retry goes on.
    if (this.problem && this.now() - this.lastAttemptAt < (this.options.retryMs ?? 30_000)) return false;
    return this.renew();
  }

  get expiresAt(): number | undefined {
    return this.pair?.expiresAt;
  }

  whenUsable(): Promise<void> {
    if (this.usable()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    // Whoever waits is let go; the job runner checks that it is stopping.
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** The token in hand works until it expires, whether or not its renewal fails. */
  private usable(): boolean {
    return !this.expired();
  }

  private expired(): boolean {
    return !this.pair || this.pair.expiresAt <= this.now();
  }

  private dueForRenewal(): boolean {
    if (!this.pair) return true;
    return this.now() >= this.renewalTime(this.pair);
  }

  private renewalTime(pair: TokenPair): number {
    const share = this.options.renewAtRemaining ?? 0.2;
    return pair.expiresAt - Math.max(0, pair.expiresAt - pair.issuedAt) * share;
  }

  /** One renewal at a time; resolves whether it worked. */
  private renew(): Promise<boolean> {
    this.renewing ??= this.refresh().finally(() => (this.renewing = undefined));
    return this.renewing;
  }

  private async refresh(): Promise<boolean> {
    const { http, clientId, clientSecret, logger } = this.options;
    this.lastAttemptAt = this.now();
    const refreshToken = this.pair?.refreshToken ?? this.options.refreshToken;
    try {
      const res = await http.request<{
        access_token: string;
        expires_in: number;
        refresh_token?: string;
        refresh_token_expires_in?: number;
      }>('POST', '/access_token', {
        urlencoded: new URLSearchParams({
          grant_type: 'refresh_token',
          client_id: clientId,
          client_secret: clientSecret,
          refresh_token: refreshToken,
        }),
        // Nothing changes on Webex's side when a refresh is repeated.
        idempotent: true,
      });
      const at = this.now();
      const pair: TokenPair = {
        accessToken: res.body.access_token,
        expiresAt: at + res.body.expires_in * 1000,
        refreshToken: res.body.refresh_token ?? refreshToken,
        refreshExpiresAt:
          res.body.refresh_token_expires_in === undefined
            ? (this.pair?.refreshExpiresAt ?? Number.MAX_SAFE_INTEGER)
            : at + res.body.refresh_token_expires_in * 1000,
        issuedAt: at,
      };
      this.pair = pair;
      await this.options.vault.save(pair);
      const recovered = this.problem !== undefined;
      this.problem = undefined;
      this.failures = 0;
      logger.info(
        { expiresAt: new Date(pair.expiresAt).toISOString(), trackingId: res.trackingId },
        'admin credential renewed',
      );
      if (recovered) this.options.listener?.renewalRecovered();
      for (const wake of this.waiters.splice(0)) wake();
      this.schedule();
      return true;
    } catch (error) {
      const e = error instanceof WebexApiError ? error : undefined;
      const refused = e?.status !== undefined && e.status >= 400 && e.status < 500 && e.status !== 429;
      const first = this.problem === undefined;
      this.problem = {
        kind: refused ? 'refused' : 'unreachable',
        detail: (error as Error).message,
        trackingId: e?.trackingId,
        expiresAt: this.pair?.expiresAt,
      };
      this.failures += 1;
      logger.error(
        {
          kind: this.problem.kind,
          detail: this.problem.detail,
          trackingId: this.problem.trackingId,
          failures: this.failures,
        },
        'the admin credential could not be renewed',
      );
      if (first) this.options.listener?.renewalFailed(this.problem);
      this.schedule();
      return false;
    }
  }

  /** The next renewal: ahead of expiry, or the next retry after a failure. */
  private schedule(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    const retryMs = this.options.retryMs ?? 30_000;
    const wait = this.problem
      ? Math.min(this.options.retryMaxMs ?? 600_000, retryMs * 2 ** Math.max(0, this.failures - 1))
      : Math.max(0, this.renewalTime(this.pair!) - this.now());
    this.timer = setTimeout(() => void this.renew(), Math.min(wait, MAX_TIMER_MS));
    this.timer.unref();
  }
}
