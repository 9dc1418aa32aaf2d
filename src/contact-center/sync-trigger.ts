import type { ApiHttpClient } from '../webex/http-client.js';

/**
 * How a synchronisation of the Contact Center with Control Hub is asked for. Real Webex has no public
 * API for Control Hub's "Synchronize Users" button: there the admins are asked to press it (manual).
 * A deployment that offers an endpoint for it (the sandbox does) is called instead.
 */
export interface SyncTrigger {
  readonly mode: 'endpoint' | 'manual';
  /** Asks for a synchronisation; in manual mode there is nothing to call (the admins are asked). */
  request(): Promise<{ trackingId?: string }>;
}

export class EndpointSyncTrigger implements SyncTrigger {
  readonly mode = 'endpoint';

  constructor(
    private readonly http: ApiHttpClient,
    private readonly url: string,
  ) {}

  async request(): Promise<{ trackingId?: string }> {
    // A second press of the button while one runs does no harm, so a lost answer may be repeated.
    const res = await this.http.request<unknown>('POST', this.url, { idempotent: true });
    return res.trackingId ? { trackingId: res.trackingId } : {};
  }
}

export class ManualSyncTrigger implements SyncTrigger {
  readonly mode = 'manual';

  request(): Promise<{ trackingId?: string }> {
    return Promise.resolve({});
  }
}
