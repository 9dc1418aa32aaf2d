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

  /** One organization's readiness: the deployment's (`org`, a single organization's name, changes nothing). */
  async check(_org?: string): Promise<ReadinessResult> {
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

/**
 * Readiness of a deployment that serves several organizations: ready while it hears its spaces, its own
 * store is writable and at least one organization can be served; each organization's own answer (its
 * credential, its store, Webex answering it) is given apart, and alone with `/readyz?org=<key>`. A
 * customer's failing credential makes only that customer not ready.
 */
export class OrgsReadiness {
  private passed = false;

  constructor(
    private readonly deps: {
      webhooks: () => Promise<WebhookStatus>;
      store: { writeProblem(): Promise<string | undefined> };
      orgs: { key: string; readiness: Readiness }[];
    },
  ) {}

  get ready(): boolean {
    return this.passed;
  }

  started(webhooks: WebhookStatus): void {
    this.passed = webhooks.ok;
    for (const org of this.deps.orgs) org.readiness.started(webhooks);
  }

  async check(orgKey?: string): Promise<ReadinessResult & { orgs?: Record<string, ReadinessResult> }> {
    if (orgKey !== undefined) {
      const org = this.deps.orgs.find((o) => o.key === orgKey);
      if (!org) return { ready: false, checks: { org: `no organization "${orgKey}" is configured` } };
      return org.readiness.check();
    }
    const [hooks, storeProblem, results] = await Promise.all([
      this.deps.webhooks(),
      this.deps.store.writeProblem(),
      Promise.all(this.deps.orgs.map(async (o) => ({ key: o.key, result: await o.readiness.check() }))),
    ]);
    const checks: Record<string, string> = {
      webhooks: hooks.ok ? 'registered' : (hooks.problem ?? 'missing'),
      store: storeProblem ?? 'writable',
    };
    for (const { key, result } of results) {
      const problems = Object.entries(result.checks)
        .filter(
          ([name, value]) => !['registered', 'writable', 'reachable', 'usable'].includes(value) && name !== 'webhooks',
        )
        .map(([name, value]) => `${name}: ${value}`);
      checks[`org ${key}`] = result.ready ? 'ready' : problems.join('; ') || 'not ready';
    }
    const ready = hooks.ok && !storeProblem && results.some((r) => r.result.ready);
    this.passed = ready;
    return { ready, checks, orgs: Object.fromEntries(results.map((r) => [r.key, r.result])) };
  }
}
