import { DEFAULT_SEED, type SeedInput } from '../../src/sandbox/seed.js';
import {
  type IdentityDescription,
  type OrganizationDescription,
  Sandbox,
  type SandboxDescription,
  type SandboxOptions,
} from '../../src/sandbox/server.js';

/**
 * The default seed with the sandbox's older Contact Center, for tests written before synchronised agents
 * arrived disabled: they arrive enabled with the seed's default site, team and desktop profile (a failed
 * synchronisation leaves them there but not enabled), and a PUT may still write the profile type.
 */
export const READY_AGENTS_SEED: SeedInput = {
  ...DEFAULT_SEED,
  contactCenter: { ...DEFAULT_SEED.contactCenter, agentsArrive: 'ready' },
};

type WithToken<T extends IdentityDescription> = T & { token: string };

/** The seed as tests use it: a bot, a Service App, and a token for every identity (true of every seeded one). */
export interface SeedView extends Omit<SandboxDescription, 'bot' | 'serviceApp' | 'people'> {
  bot: WithToken<IdentityDescription>;
  serviceApp: WithToken<NonNullable<SandboxDescription['serviceApp']>>;
  people: WithToken<IdentityDescription>[];
}

function withToken<T extends IdentityDescription>(identity: T | undefined, what: string): WithToken<T> {
  if (!identity?.token) throw new Error(`The sandbox seed has no ${what} with a token.`);
  return { ...identity, token: identity.token };
}

/** Checks that a sandbox's seed is one tests can act in (see SeedView). */
export function seedView(description: SandboxDescription): SeedView {
  return {
    ...description,
    bot: withToken(description.bot, 'bot'),
    serviceApp: withToken(description.serviceApp, 'Service App'),
    people: description.people.map((p) => withToken(p, p.email)),
  };
}

export interface CallResult<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** A running sandbox plus small helpers to call it as one of its seeded identities. */
export class SandboxFixture {
  readonly sandbox: Sandbox;
  seed!: SeedView;

  constructor(options: SandboxOptions = {}) {
    this.sandbox = new Sandbox(options);
  }

  async start(): Promise<this> {
    await this.sandbox.start(0);
    this.seed = seedView(this.sandbox.describe());
    return this;
  }

  stop(): Promise<void> {
    return this.sandbox.stop();
  }

  get url(): string {
    return this.sandbox.url;
  }

  /** An organisation of the seed by its key (`acme`, `globex`, `partner` in the default seed). */
  org(key: string): OrganizationDescription {
    const org = this.seed.organizations.find((o) => o.key === key);
    if (!org) throw new Error(`no seeded organization ${key}`);
    return org;
  }

  person(emailPrefix: string): SeedView['people'][number] {
    const p = this.seed.people.find(
      (x) => x.email.startsWith(`${emailPrefix}.`) || x.email.startsWith(`${emailPrefix}@`),
    );
    if (!p) throw new Error(`no seeded person ${emailPrefix}`);
    return p;
  }

  /** The token of a seeded identity of any organisation, by its seed key or the start of its address. */
  token(who: string): string {
    if (who === 'bot') return this.seed.bot.token;
    if (who === 'serviceApp') return this.seed.serviceApp.token;
    if (this.seed.people.some((x) => x.email.startsWith(`${who}.`) || x.email.startsWith(`${who}@`)))
      return this.person(who).token;
    for (const org of this.seed.organizations) {
      const identities = [...org.people, ...(org.serviceApp ? [org.serviceApp] : [])];
      const found =
        identities.find((x) => x.key === who) ??
        identities.find((x) => x.email.startsWith(`${who}.`) || x.email.startsWith(`${who}@`));
      if (found?.token) return found.token;
    }
    throw new Error(`no seeded person ${who}`);
  }

  room(title: string): string {
    return this.seed.rooms.find((r) => r.title === title)!.id;
  }

  license(offer: string): SeedView['licenses'][number] {
    return this.seed.licenses.find((l) => l.offer === offer)!;
  }

  /** Calls the sandbox's Webex API (paths below /v1) or any absolute URL, as `who`. */
  async call<T = any>(
    who: string | null,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<CallResult<T>> {
    const url = /^https?:/.test(path)
      ? path
      : `${this.url}${path.startsWith('/sandbox') || path.startsWith('/cc') ? '' : '/v1'}${path}`;
    const init: RequestInit = { method, headers: { ...headers } };
    if (who) (init.headers as Record<string, string>).authorization = `Bearer ${this.token(who)}`;
    if (body instanceof FormData) init.body = body;
    else if (body !== undefined) {
      (init.headers as Record<string, string>)['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const res = await fetch(url, init);
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, headers: res.headers, body: parsed as T };
  }
}
