import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { type RunningApp, type RuntimeConfig, startApp } from '../../src/app.js';
import type { AllowedActors } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { eventually } from './receiver.js';
import { SandboxFixture } from './sandbox-api.js';

export const WEBHOOK_SECRET = 'e2e-webhook-secret-0123456789';

/** Synchronisation checks paced for tests: the sandbox synchronises at once unless told otherwise. */
export const FAST_SYNC = {
  deadlineMs: 4_000,
  resyncs: 2,
  pollInitialMs: 100,
  pollMaxMs: 800,
  summaryWaitMs: 15_000,
  watchIntervalMs: 1_000,
};

export interface PostedMessage {
  id: string;
  roomId: string;
  parentId?: string;
  text?: string;
  markdown?: string;
  personId: string;
  personEmail: string;
  attachments?: { contentType: string; content: Record<string, any> }[];
  files?: string[];
}

/**
 * A clock for the bot's synchronisation checks that runs with the wall clock and that a test moves
 * forward, to make the watcher's next round due at once instead of waiting for it. It starts behind the
 * wall clock and never passes it: the sandbox stamps Contact Center users with wall-clock times, and the
 * checks compare those with the times they asked for a synchronisation, so a clock ahead of the sandbox
 * would take every synchronisation for one that had not happened yet.
 */
export class SyncClock {
  private behindMs: number;

  constructor(leewayMs = 60_000) {
    this.behindMs = leewayMs;
  }

  readonly now = (): number => Date.now() - this.behindMs;

  advance(ms: number): void {
    if (ms > this.behindMs) throw new Error(`the sync clock has only ${this.behindMs} ms left to move forward`);
    this.behindMs -= ms;
  }
}

/** The defaults the harness's bot is configured with: the default seed's site, first team and desktop profile. */
export const HARNESS_AGENT_DEFAULTS = { site: 'Sao Paulo', teams: ['Vendas'], desktopProfile: 'Padrao' };

/** The sandbox and the bot, both running for real on loopback, and helpers to talk as a person. */
export class BotHarness {
  // The sandbox as Webex is: synchronised agents arrive disabled, with nothing set. The bot is given the
  // seed's site, team and desktop profile as the organisation's defaults (AGENT_DEFAULT_*), as an
  // organisation would configure it, so a plain "add" ends with agents ready.
  readonly fx = new SandboxFixture({ recordExchanges: true });
  readonly logLines: string[] = [];
  readonly dataDir = mkdtempSync(join(tmpdir(), 'wxcc-bot-test-'));
  /** The clock of every bot this harness starts, when the test drives it; otherwise the system clock. */
  readonly syncClock: SyncClock | undefined;
  app!: RunningApp;

  constructor(options: { syncClock?: SyncClock } = {}) {
    this.syncClock = options.syncClock;
  }

  async start(options: { allowedActors?: AllowedActors; config?: Partial<RuntimeConfig> } = {}): Promise<this> {
    await this.fx.start();
    this.app = await this.startBot(options);
    return this;
  }

  /** Starts (another) bot process-part against the same sandbox. */
  startBot(options: { allowedActors?: AllowedActors; config?: Partial<RuntimeConfig> } = {}): Promise<RunningApp> {
    const sink = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        this.logLines.push(chunk.toString('utf8'));
        done();
      },
    });
    return startApp(
      {
        botToken: this.fx.token('bot'),
        adminToken: this.fx.token('serviceApp'),
        webexApiBaseUrl: `${this.fx.url}/v1`,
        ccApiBaseUrl: `${this.fx.url}/cc`,
        webhook: { secret: WEBHOOK_SECRET, path: '/webhook' },
        adminRoomIds: [this.fx.seed.adminSpaceId],
        allowedActors: options.allowedActors ?? { emails: [], domains: [] },
        port: 0,
        bindHost: '127.0.0.1',
        dataDir: this.dataDir,
        webexRequestsPerSecond: 100,
        readinessCacheMs: 0,
        sync: {
          mode: 'endpoint',
          endpointUrl: `${this.fx.url}/sandbox/contact-center/synchronize`,
          settings: FAST_SYNC,
        },
        ...(this.syncClock ? { syncClock: this.syncClock.now } : {}),
        agentDefaults: HARNESS_AGENT_DEFAULTS,
        ...options.config,
      },
      createLogger('debug', sink),
    );
  }

  async stop(): Promise<void> {
    await this.app?.stop();
    await this.fx.stop();
  }

  get adminSpace(): string {
    return this.fx.seed.adminSpaceId;
  }

  /** Posts "@bot <text>" as a seeded person, as a Webex client would. */
  async say(
    who: string,
    text: string,
    options: { roomId?: string; parentId?: string; mention?: boolean } = {},
  ): Promise<PostedMessage> {
    const bot = this.fx.seed.bot;
    const markdown = options.mention === false ? text : `<@personId:${bot.id}|${bot.displayName}> ${text}`;
    const res = await this.fx.call<PostedMessage>(who, 'POST', '/messages', {
      roomId: options.roomId ?? this.adminSpace,
      markdown,
      ...(options.parentId ? { parentId: options.parentId } : {}),
    });
    if (res.status !== 200) throw new Error(`posting failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** Who reads a space's messages in tests: a member of it. Alice is a member of every acme space. */
  protected readerOf(_roomId: string): string {
    return 'alice';
  }

  /** The bot's messages in a thread, oldest first, read as a member of the room. */
  async botReplies(threadId: string, roomId = this.adminSpace): Promise<PostedMessage[]> {
    const res = await this.fx.call<{ items: PostedMessage[] }>(
      this.readerOf(roomId),
      'GET',
      `/messages?roomId=${roomId}&parentId=${threadId}&max=100`,
    );
    return res.body.items.filter((m) => m.personId === this.fx.seed.bot.id).reverse();
  }

  /** Waits for the bot's first reply in the thread of `threadId`. */
  async waitForReply(threadId: string, roomId = this.adminSpace, count = 1): Promise<PostedMessage[]> {
    return eventually(async () => {
      const replies = await this.botReplies(threadId, roomId);
      return replies.length >= count ? replies : undefined;
    });
  }

  /** Uploads a file in a message that mentions the bot, as a Webex client would. */
  async upload(
    who: string,
    filename: string,
    data: Buffer,
    options: { parentId?: string; text?: string; roomId?: string } = {},
  ): Promise<PostedMessage> {
    const bot = this.fx.seed.bot;
    const form = new FormData();
    form.set('roomId', options.roomId ?? this.adminSpace);
    form.set('markdown', `<@personId:${bot.id}|${bot.displayName}> ${options.text ?? 'import'}`);
    if (options.parentId) form.set('parentId', options.parentId);
    form.set('files', new Blob([data], { type: 'text/csv' }), filename);
    const res = await this.fx.call<PostedMessage>(who, 'POST', '/messages', form);
    if (res.status !== 200) throw new Error(`upload failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** Downloads a file the bot posted, as `who`. */
  async download(who: string, url: string): Promise<{ filename: string; text: string }> {
    const res = await fetch(url, { headers: { authorization: `Bearer ${this.fx.token(who)}` } });
    const disposition = res.headers.get('content-disposition') ?? '';
    return {
      filename: /filename="([^"]+)"/.exec(disposition)?.[1] ?? '',
      text: (await res.text()).replace(/^\uFEFF/, ''),
    };
  }

  /**
   * One round of the synchronisation watcher, run to its end, with the sync clock moved on by one watch
   * interval first: every open alert is due, whether or not the watcher's own timer has fired meanwhile.
   */
  async watcherRound(): Promise<void> {
    if (!this.syncClock) throw new Error('this harness was made without a sync clock to move');
    this.syncClock.advance(this.app.sync.settings.watchIntervalMs);
    await this.app.sync.watchRound();
  }

  /** Write calls (create, replace, license changes) the sandbox received since `since` exchanges. */
  writeCallsSince(since: number): string[] {
    return this.fx.sandbox.exchanges
      .slice(since)
      .filter(
        (e) =>
          (e.method === 'POST' && e.path === '/v1/people') ||
          (e.method === 'PUT' && e.path.startsWith('/v1/people/')) ||
          e.method === 'PATCH' ||
          (e.method === 'DELETE' && e.path.startsWith('/v1/people/')),
      )
      .map((e) => `${e.method} ${e.path}`);
  }

  /** Presses a card's button as `who`, with the card's inputs as a Webex client would send them. */
  async submit(who: string, card: PostedMessage, inputs: Record<string, unknown>): Promise<void> {
    const res = await this.fx.call(who, 'POST', '/attachment/actions', { type: 'submit', messageId: card.id, inputs });
    if (res.status !== 202) throw new Error(`submitting the card failed: ${res.status} ${JSON.stringify(res.body)}`);
  }

  /** Waits until the bot's replies in a thread satisfy `probe` (for example "a summary card is there"). */
  async waitForReplies(
    threadId: string,
    probe: (replies: PostedMessage[]) => boolean,
    roomId = this.adminSpace,
    timeoutMs = 20_000,
  ): Promise<PostedMessage[]> {
    return eventually(
      async () => {
        const replies = await this.botReplies(threadId, roomId);
        return probe(replies) ? replies : undefined;
      },
      { timeoutMs, intervalMs: 100 },
    );
  }

  /** A person as the sandbox holds them now, with license names and role names. */
  personState(email: string):
    | {
        licenses: string[];
        roles: string[];
        phoneNumbers: { value: string }[];
        displayName: string;
        firstName?: string;
        lastName?: string;
      }
    | undefined {
    const person = this.fx.sandbox.state.findPersonByEmail(email);
    if (!person) return undefined;
    const s = this.fx.sandbox.state;
    return {
      licenses: person.licenses.map((id) => s.licenses.find((l) => l.id === id)!.offer).sort(),
      roles: person.roles.map((id) => s.roles.find((r) => r.id === id)!.key).sort(),
      phoneNumbers: person.phoneNumbers,
      displayName: person.displayName,
      ...(person.firstName ? { firstName: person.firstName } : {}),
      ...(person.lastName ? { lastName: person.lastName } : {}),
    };
  }

  /** The Contact Center user of a person as the sandbox holds it (undefined: not in the Contact Center). */
  ccUser(
    email: string,
  ): { profileType: string | undefined; contactCenterEnabled: boolean; active: boolean } | undefined {
    const s = this.fx.sandbox.state;
    const person = s.findPersonByEmail(email);
    const user = person ? s.ccUserByCiId(person.uuid) : undefined;
    if (!user) return undefined;
    return {
      profileType: s.ccProfiles.find((p) => p.id === user.userProfileId)?.profileType,
      contactCenterEnabled: user.contactCenterEnabled,
      active: user.active,
    };
  }

  /** The Contact Center user profile type of a person (undefined: not in the Contact Center). */
  ccProfileOf(email: string): string | undefined {
    return this.ccUser(email)?.profileType;
  }

  /** How many write calls the sandbox received for a user, by method (POST /people by email, the rest by person id). */
  writesFor(email: string): { create: number; patch: number; put: number } {
    const person = this.fx.sandbox.state.findPersonByEmail(email);
    const ex = this.fx.sandbox.exchanges.filter((e) => e.status < 300);
    return {
      create: ex.filter(
        (e) =>
          e.method === 'POST' &&
          e.path === '/v1/people' &&
          (e.requestBody as { emails?: string[] })?.emails?.[0] === email,
      ).length,
      patch: ex.filter((e) => e.method === 'PATCH' && (e.requestBody as { personId?: string })?.personId === person?.id)
        .length,
      put: ex.filter((e) => e.method === 'PUT' && e.path === `/v1/people/${person?.id}`).length,
    };
  }

  /** The SCIM 2 requests the sandbox received (`/identity/scim/...`), in order. */
  scimRequests() {
    return this.fx.sandbox.exchanges.filter((e) => e.path.startsWith('/identity/scim/'));
  }

  /** Every card the bot posted so far, from the sandbox's own records. */
  botCards(): Record<string, unknown>[] {
    return [...this.fx.sandbox.state.messages.values()]
      .filter((m) => m.personId === this.fx.seed.bot.id)
      .flatMap((m) => m.attachments as { content: Record<string, unknown> }[])
      .map((a) => a.content);
  }
}
