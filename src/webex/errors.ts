/** Stable codes for what went wrong in a call to Webex or the Contact Center API. */
export type WebexErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'rate_limited'
  | 'server_error'
  | 'timeout'
  | 'network'
  | 'unexpected_response';

export interface WebexErrorDetail {
  description: string;
  errorCode?: number;
}

export function codeForStatus(status: number): WebexErrorCode {
  if (status === 400 || status === 413 || status === 415) return 'bad_request';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 412 || status === 428) return 'precondition_failed';
  if (status === 423 || status === 429) return 'rate_limited';
  if (status >= 500) return 'server_error';
  return 'unexpected_response';
}

/** A failed call: HTTP status, Webex's message and details, and its trackingId for support. */
export class WebexApiError extends Error {
  override readonly name = 'WebexApiError';
  constructor(
    readonly code: WebexErrorCode,
    message: string,
    readonly status: number | undefined,
    readonly trackingId: string | undefined,
    readonly details: WebexErrorDetail[],
    readonly request: { method: string; path: string },
  ) {
    super(message);
  }

  /** The first numeric Webex error code in the details (license errors carry one). */
  get webexErrorCode(): number | undefined {
    return this.details.find((d) => d.errorCode !== undefined)?.errorCode;
  }

  get retryable(): boolean {
    return (
      this.code === 'rate_limited' || this.code === 'server_error' || this.code === 'timeout' || this.code === 'network'
    );
  }
}
