import type { AdminCredential } from '../webex/admin-credential.js';

export interface ReadinessResult {
  ready: boolean;
  checks: Record<string, string>;
}

export type WebhookStatus = { ok: boolean; problem?: string };

/**
 * Ready when the bot can do its work: its webhooks registered and active (it hears the space), its
 * store writable (jobs survive), and Webex answering the admin credential (it can provision).
 */
export class Readiness {
  private passed = false;
  /** The last good answer of Webex and the webhooks; the store and the credential are asked each time. */
  private remote: { at: number; checks: Record<string, string> } | undefined;

  constructor(
    private readonly deps: {
      webhooks: () => Promise<WebhookStatus>;
      /** Any call Webex answers only for a working admin credential. */
      webex: () => Promise<unknown>;
      store: { writeProblem(): Promise<string | undefined> };
      credential: Pick<AdminCredential, 'problem'>;
      /** How long a good answer of Webex is reused before Webex is asked again. */
      cacheMs: number;
    },
  ) {}

  /** Whether the last check passed. */
  get ready(): boolean {
    return this.passed;
  }

  async check(): Promise<ReadinessResult> {
    const { deps } = this;
    // The store is never taken on trust: a data directory deleted or made read-only a moment ago
    // must show at the next probe, and asking the file system costs nothing next to asking Webex.
    const [remote, storeProblem] = await Promise.all([this.remoteChecks(), deps.store.writeProblem()]);
    const checks = {
      webhooks: remote.checks.webhooks!,
      store: storeProblem ?? 'writable',
      ...(remote.checks.webex ? { webex: remote.checks.webex } : {}),
      credential: deps.credential.problem
        ? `renewal failing (${deps.credential.problem.kind}): ${deps.credential.problem.detail}`
        : 'usable',
    };
    const result = { ready: remote.ok && !storeProblem, checks };
    this.passed = result.ready;
    return result;
  }

  /** What the wait for the webhooks at start found: Webex's part of the answer until the next check. */
  started(webhooks: WebhookStatus): void {
    this.passed = webhooks.ok;
    this.remote = webhooks.ok ? { at: Date.now(), checks: { webhooks: 'registered' } } : undefined;
  }

  private async remoteChecks(): Promise<{ ok: boolean; checks: Record<string, string> }> {
    const { deps } = this;
    if (this.remote && Date.now() - this.remote.at < deps.cacheMs) return { ok: true, checks: this.remote.checks };
    const [hooks, webex] = await Promise.all([
      deps.webhooks(),
      deps.webex().then(
        () => ({ ok: true, problem: undefined }),
        (error: unknown) => ({
          ok: false,
          problem: `the admin credential cannot reach Webex: ${(error as Error).message}`,
        }),
      ),
    ]);
    const ok = hooks.ok && webex.ok;
    const checks = {
      webhooks: hooks.ok ? 'registered' : (hooks.problem ?? 'missing'),
      webex: webex.ok ? 'reachable' : webex.problem!,
    };
    // Only a good answer is reused: a bot that is not ready yet says so until it is, not for 5 s more.
    this.remote = ok ? { at: Date.now(), checks } : undefined;
    return { ok, checks };
  }
}
