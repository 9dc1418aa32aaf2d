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
  private lastCheck: { at: number; result: ReadinessResult } | undefined;

  constructor(
    private readonly deps: {
      webhooks: () => Promise<WebhookStatus>;
      /** Any call Webex answers only for a working admin credential. */
      webex: () => Promise<unknown>;
      store: { writeProblem(): Promise<string | undefined> };
      credential: Pick<AdminCredential, 'problem'>;
      /** How long a good answer is reused before Webex is asked again. */
      cacheMs: number;
    },
  ) {}

  /** Whether the last check passed. */
  get ready(): boolean {
    return this.passed;
  }

  async check(): Promise<ReadinessResult> {
    const { deps } = this;
    if (this.lastCheck && Date.now() - this.lastCheck.at < deps.cacheMs) return this.lastCheck.result;
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
    const storeProblem = await deps.store.writeProblem();
    const checks = {
      webhooks: hooks.ok ? 'registered' : (hooks.problem ?? 'missing'),
      store: storeProblem ?? 'writable',
      webex: webex.ok ? 'reachable' : webex.problem!,
      credential: deps.credential.problem
        ? `renewal failing (${deps.credential.problem.kind}): ${deps.credential.problem.detail}`
        : 'usable',
    };
    const result = { ready: hooks.ok && webex.ok && !storeProblem, checks };
    this.remember(result);
    return result;
  }

  /** What the wait for the webhooks at start found: the first answer until the next check. */
  started(webhooks: WebhookStatus): void {
    this.remember({ ready: webhooks.ok, checks: { webhooks: 'registered' } });
  }

  private remember(result: ReadinessResult): void {
    this.passed = result.ready;
    // Only a good answer is reused: a bot that is not ready yet says so until it is, not for 5 s more.
    this.lastCheck = result.ready ? { at: Date.now(), result } : undefined;
  }
}
