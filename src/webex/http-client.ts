import type { Logger } from 'pino';
import { codeForStatus, WebexApiError, type WebexErrorDetail } from './errors.js';
import type { Limiter } from './limiter.js';

export type QueryValue = string | number | boolean | undefined;

export interface HttpClientOptions {
  /** Which error body format the API uses. */
  api: 'webex' | 'contact-center';
  baseUrl: string;
  /** Returns the bearer token to send; a function so a refreshed token is picked up. None: no Authorization header. */
  token?: () => string | Promise<string>;
  /**
   * Told when the API answered 401 to `tokenUsed`. Resolves true when a new token is there to try
   * (a refresh), and the call is then repeated once with it.
   */
  onUnauthorized?: (tokenUsed: string) => Promise<boolean>;
  limiter?: Limiter;
  timeoutMs?: number;
  /** Attempts for a request that fails with 5xx, a timeout or a network error (idempotent calls only). */
  maxAttempts?: number;
  /** Attempts for a request answered 429/423 (never processed, so always safe to repeat). */
  maxRateLimitedAttempts?: number;
  /** Longest Retry-After honoured before giving up. */
  maxRetryAfterMs?: number;
  /** The share of a Retry-After actually waited (tests; default 1). The limit above reads Webex's own. */
  retryAfterScale?: number;
  logger?: Logger;
  sleep?: (ms: number) => Promise<void>;
  /** Observes every answer (metrics, tests). */
  onResponse?: (info: { method: string; path: string; status: number | 'error'; attempt: number }) => void;
}

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  form?: FormData;
  /** An application/x-www-form-urlencoded body (OAuth's token endpoint). */
  urlencoded?: URLSearchParams;
  /** Whether a retry after a 5xx or a timeout is safe. Default: every method but POST. */
  idempotent?: boolean;
  /** Accept these statuses as success (default 2xx). */
  accept?: (status: number) => boolean;
  /** Read the body as bytes rather than JSON. */
  binary?: boolean;
}

export interface ApiResponse<T> {
  status: number;
  body: T;
  headers: Headers;
  trackingId: string | undefined;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The only place that calls fetch for Webex and the Contact Center API: timeouts, one shared rate
 * limiter, bounded retries that honour Retry-After, typed errors with Webex's trackingId.
 */
export class ApiHttpClient {
  private readonly timeoutMs: number;
  private readonly maxAttempts: number;
  private readonly maxRateLimitedAttempts: number;
  private readonly maxRetryAfterMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: HttpClientOptions) {
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.maxAttempts = options.maxAttempts ?? 4;
    this.maxRateLimitedAttempts = options.maxRateLimitedAttempts ?? 12;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
    this.sleep = options.sleep ?? defaultSleep;
  }

  get baseUrl(): string {
    return this.options.baseUrl;
  }

  url(path: string, query?: Record<string, QueryValue>): string {
    const url = /^https?:\/\//.test(path) ? new URL(path) : new URL(this.options.baseUrl.replace(/\/$/, '') + path);
    for (const [key, value] of Object.entries(query ?? {}))
      if (value !== undefined) url.searchParams.set(key, String(value));
    return url.toString();
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const url = this.url(path, options.query);
    const idempotent = options.idempotent ?? method !== 'POST';
    const logPath = new URL(url).pathname;
    let failures = 0;
    let rateLimited = 0;
    let reauthorised = false;
    for (let attempt = 1; ; attempt += 1) {
      await this.options.limiter?.acquire();
      // One timer per attempt, cleared as soon as the answer is read: AbortSignal.timeout() would keep
      // every finished request reachable for the whole timeout, which at a high request rate is a lot.
      const controller = new AbortController();
      const timer = setTimeout(
        () =>
          controller.abort(Object.assign(new Error(`timed out after ${this.timeoutMs} ms`), { name: 'TimeoutError' })),
        this.timeoutMs,
      );
      try {
        let response: Response;
        let tokenUsed = '';
        try {
          const headers: Record<string, string> = { accept: 'application/json' };
          if (this.options.token) {
            tokenUsed = await this.options.token();
            headers.authorization = `Bearer ${tokenUsed}`;
          }
          let body: FormData | URLSearchParams | string | undefined;
          if (options.form) body = options.form;
          else if (options.urlencoded) body = options.urlencoded;
          else if (options.body !== undefined) {
            headers['content-type'] = 'application/json';
            body = JSON.stringify(options.body);
          }
          response = await fetch(url, { method, headers, body, signal: controller.signal });
        } catch (cause) {
          const timedOut = (cause as Error).name === 'TimeoutError' || (cause as Error).name === 'AbortError';
          this.options.onResponse?.({ method, path: logPath, status: 'error', attempt });
          failures += 1;
          const error = new WebexApiError(
            timedOut ? 'timeout' : 'network',
            timedOut
              ? `No answer from ${new URL(url).host} within ${this.timeoutMs} ms`
              : `Could not reach ${new URL(url).host}: ${(cause as Error).message}`,
            undefined,
            undefined,
            [],
            { method, path: logPath },
          );
          if (!idempotent || failures >= this.maxAttempts) throw error;
          await this.backoff(failures, method, logPath, error.code);
          continue;
        }
        this.options.onResponse?.({ method, path: logPath, status: response.status, attempt });
        const trackingId = response.headers.get('trackingid') ?? undefined;
        const ok = options.accept ? options.accept(response.status) : response.status >= 200 && response.status < 300;
        if (ok) {
          const body = options.binary ? Buffer.from(await response.arrayBuffer()) : await readJson(response);
          return { status: response.status, body: body as T, headers: response.headers, trackingId };
        }
        const error = await this.toError(response, method, logPath, trackingId);
        // Webex never acted on a request it did not authenticate, so repeating it once is safe.
        if (
          response.status === 401 &&
          !reauthorised &&
          this.options.onUnauthorized &&
          (await this.options.onUnauthorized(tokenUsed))
        ) {
          reauthorised = true;
          continue;
        }
        if (response.status === 429 || response.status === 423) {
          rateLimited += 1;
          const askedMs = retryAfterMs(response.headers.get('retry-after'));
          if (rateLimited >= this.maxRateLimitedAttempts || askedMs > this.maxRetryAfterMs) throw error;
          const waitMs = askedMs * (this.options.retryAfterScale ?? 1);
          this.options.limiter?.pause(waitMs);
          this.options.logger?.debug(
            { method, path: logPath, waitMs, trackingId },
            'rate limited by the API; waiting as told',
          );
          if (!this.options.limiter) await this.sleep(waitMs);
          continue;
        }
        if (response.status >= 500 && idempotent) {
          failures += 1;
          if (failures >= this.maxAttempts) throw error;
          await this.backoff(failures, method, logPath, error.code, trackingId);
          continue;
        }
        throw error;
      } finally {
        clearTimeout(timer);
      }
    }
  }

  /** Every item of a Webex list, following `Link: <...>; rel="next"` from page to page. */
  async *paginate<T>(path: string, query?: Record<string, QueryValue>): AsyncGenerator<T> {
    let next: string | undefined = this.url(path, query);
    while (next) {
      const page: ApiResponse<{ items?: T[] }> = await this.request<{ items?: T[] }>('GET', next);
      for (const item of page.body.items ?? []) yield item;
      next = nextLink(page.headers.get('link'));
    }
  }

  private async backoff(
    failures: number,
    method: string,
    path: string,
    code: string,
    trackingId?: string,
  ): Promise<void> {
    const base = Math.min(8_000, 250 * 2 ** (failures - 1));
    const waitMs = Math.round(base / 2 + Math.random() * (base / 2));
    this.options.logger?.debug({ method, path, code, trackingId, waitMs, failures }, 'retrying after a failed call');
    await this.sleep(waitMs);
  }

  private async toError(
    response: Response,
    method: string,
    path: string,
    trackingId: string | undefined,
  ): Promise<WebexApiError> {
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    let message = `${method} ${path} answered ${response.status}`;
    let details: WebexErrorDetail[] = [];
    if (parsed && typeof parsed === 'object') {
      const body = parsed as Record<string, unknown>;
      if (this.options.api === 'webex') {
        if (typeof body.message === 'string') message = body.message;
        if (Array.isArray(body.errors)) {
          details = body.errors
            .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
            .map((e) => ({
              description: typeof e.description === 'string' ? e.description : message,
              ...(typeof e.errorCode === 'number' ? { errorCode: e.errorCode } : {}),
            }));
        }
      } else {
        const error = body.error as { reason?: unknown; message?: unknown } | undefined;
        if (typeof error?.reason === 'string') message = error.reason;
        if (Array.isArray(error?.message)) {
          details = error.message
            .filter((m): m is { description: string } => typeof m?.description === 'string')
            .map((m) => ({ description: m.description }));
        }
      }
      if (!trackingId && typeof body.trackingId === 'string') trackingId = body.trackingId;
    }
    return new WebexApiError(codeForStatus(response.status), message, response.status, trackingId, details, {
      method,
      path,
    });
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new WebexApiError(
      'unexpected_response',
      `Expected JSON from ${response.url}`,
      response.status,
      response.headers.get('trackingid') ?? undefined,
      [],
      {
        method: 'GET',
        path: new URL(response.url).pathname,
      },
    );
  }
}

export function retryAfterMs(header: string | null): number {
  if (!header) return 5_000;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : 5_000;
}

/** The `rel="next"` URL of a Link header (one link per header value, or several joined by commas). */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (match) return match[1];
  }
  return undefined;
}
