import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { AgentSettings } from '../../src/contact-center/agent-settings.js';
import type { BulkItemResult, CcUser, CcUserProfile, ContactCenterClient } from '../../src/contact-center/cc-client.js';
import { SyncEngine } from '../../src/contact-center/sync-engine.js';
import type {
  SyncAlert,
  SyncCounts,
  SyncListener,
  SyncRun,
  SyncStore,
  SyncTarget,
  SyncUserRow,
} from '../../src/contact-center/sync-ports.js';
import type { SyncSettings } from '../../src/contact-center/sync-settings.js';
import type { SyncTrigger } from '../../src/contact-center/sync-trigger.js';
import { openSqliteStorage } from '../../src/storage/sqlite/open-storage.js';
import type { Storage } from '../../src/storage/storage.js';

/** Sites, teams and profiles of the organisation (one team is capacity-based). */
export const SITE_SP = { id: 'site-sp', name: 'São Paulo' };
export const SITE_LISBOA = { id: 'site-lisboa', name: 'Lisboa' };
export const TEAM_VENDAS = { id: 'team-vendas', name: 'Vendas' };
export const TEAM_SUPORTE = { id: 'team-suporte', name: 'Suporte' };
export const TEAM_CORREIO = { id: 'team-correio', name: 'Correio de voz' };
export const DESK_PADRAO = { id: 'desk-padrao', name: 'Padrão' };
export const AGENT: AgentSettings = { site: SITE_SP, teams: [TEAM_VENDAS], desktopProfile: DESK_PADRAO };

const PROFILES: CcUserProfile[] = [
  { id: 'up-standard', name: 'Standard Agent Profile', profileType: 'STANDARD_AGENT', systemDefault: true },
  { id: 'up-premium', name: 'Premium Agent Profile', profileType: 'PREMIUM_AGENT', systemDefault: true },
  { id: 'up-supervisor', name: 'Supervisor Profile', profileType: 'SUPERVISOR', systemDefault: true },
  { id: 'up-admin-only', name: 'Administrator Only', profileType: 'ADMINISTRATOR_ONLY', systemDefault: true },
];

/** A Control Hub person as the fake Contact Center synchronises them. */
interface Person {
  ciUserId: string;
  email: string;
  tier: 'standard' | 'premium' | 'none';
  /** "Premium Agent - Supervisor" given in Control Hub. */
  supervisorRole: boolean;
  /** A synchronisation never brings this user in. */
  neverArrives: boolean;
}

export type Call =
  | { kind: 'list'; page: number }
  | { kind: 'read'; ciUserId: string }
  | { kind: 'profiles' }
  | { kind: 'bulk'; items: { id: string; fields: Record<string, unknown> }[] };

/**
 * A Contact Center for the engine's rules, in memory: a synchronisation brings licensed people in the
 * way the real one does (disabled, no site, team or desktop profile, the profile type of the license),
 * the `v2` listing names the profile by id only, a read by CI user id gives the type, and the bulk
 * partial update answers each item (refusing capacity-based teams).
 */
export class FakeContactCenter {
  readonly people = new Map<string, Person>();
  readonly users = new Map<string, CcUser>();
  readonly calls: Call[] = [];
  /** Time passing in the Contact Center: each call moves the engine's clock on. */
  clock = 1_000_000;
  msPerCall = 0;
  /** Answers a bulk item differently (undefined: the normal answer). */
  answer:
    | ((item: { id: string; fields: Record<string, unknown> }, user: CcUser) => BulkItemResult | undefined)
    | undefined;
  /** The whole bulk call fails with this error (undefined: it is answered item by item). */
  bulkError: (() => Error) | undefined;
  /** Called after each bulk update (to stop the engine in the middle). */
  afterBulk: (() => void) | undefined;
  private seq = 0;

  person(n: number, over: Partial<Person> = {}): Person {
    const p: Person = {
      ciUserId: `ci-${n}`,
      email: `user${n}@acme.example.com`,
      tier: 'premium',
      supervisorRole: false,
      neverArrives: false,
      ...over,
    };
    this.people.set(p.ciUserId, p);
    return p;
  }

  /** A user already in the Contact Center (as a synchronisation long ago left them). */
  existing(user: Partial<CcUser> & { ciUserId: string; email: string }): CcUser {
    const u: CcUser = {
      id: `cc-${user.ciUserId}`,
      contactCenterEnabled: true,
      active: true,
      userProfileId: 'up-premium',
      teamIds: [],
      createdTime: 0,
      lastUpdatedTime: 0,
      ...user,
    };
    this.users.set(u.ciUserId, u);
    return u;
  }

  /** Control Hub's "Synchronize Users". */
  synchronise(): void {
    const at = this.clock;
    for (const p of this.people.values()) {
      const existing = this.users.get(p.ciUserId);
      if (p.tier === 'none') {
        if (existing?.active) Object.assign(existing, { active: false, lastUpdatedTime: at });
        continue;
      }
      if (p.neverArrives) continue;
      const profileId = p.tier === 'standard' ? 'up-standard' : p.supervisorRole ? 'up-supervisor' : 'up-premium';
      if (!existing) {
        this.users.set(p.ciUserId, {
          id: `cc-${p.ciUserId}`,
          ciUserId: p.ciUserId,
          email: p.email,
          contactCenterEnabled: false,
          active: true,
          userProfileId: profileId,
          teamIds: [],
          createdTime: at,
          lastUpdatedTime: at,
        });
      } else if (existing.userProfileId !== profileId || !existing.active) {
        Object.assign(existing, { userProfileId: profileId, active: true, lastUpdatedTime: at });
      }
    }
  }

  private tick(call: Call): void {
    this.calls.push(call);
    this.clock += this.msPerCall;
  }

  private typeOf(user: CcUser): string | undefined {
    return PROFILES.find((p) => p.id === user.userProfileId)?.profileType;
  }

  /** The client the engine uses. */
  client(): ContactCenterClient {
    const fake = this;
    const client = {
      async userByCiUserId(ciUserId: string) {
        fake.tick({ kind: 'read', ciUserId });
        const user = fake.users.get(ciUserId);
        const type = user ? fake.typeOf(user) : undefined;
        return {
          user: user ? { ...structuredClone(user), ...(type ? { userProfileType: type } : {}) } : undefined,
          trackingId: `T-read-${++fake.seq}`,
        };
      },
      async *listUsers(pageSize = 1000) {
        const all = [...fake.users.values()];
        for (let page = 0; ; page += 1) {
          fake.tick({ kind: 'list', page });
          // The listing names the profile by id only.
          for (const user of all.slice(page * pageSize, (page + 1) * pageSize)) yield structuredClone(user);
          if ((page + 1) * pageSize >= all.length) return;
        }
      },
      async userProfiles() {
        fake.tick({ kind: 'profiles' });
        return structuredClone(PROFILES);
      },
      async bulkUpdate(items: { id: string; fields: Record<string, unknown> }[]): Promise<BulkItemResult[]> {
        fake.tick({ kind: 'bulk', items: structuredClone(items) });
        const error = fake.bulkError?.();
        if (error) throw error;
        const results = items.map((item, index): BulkItemResult => {
          const user = [...fake.users.values()].find((u) => u.id === item.id);
          if (!user)
            return {
              itemIdentifier: index,
              status: 404,
              apiError: { error: { message: [{ description: `User ${item.id} not found.` }] } },
            };
          const special = fake.answer?.(item, user);
          if (special) return { itemIdentifier: index, ...special };
          const teams = item.fields.teamIds as string[] | undefined;
          if (teams?.includes(TEAM_CORREIO.id))
            return {
              itemIdentifier: index,
              status: 400,
              apiError: {
                trackingId: `T-bulk-${++fake.seq}`,
                error: {
                  key: '400',
                  message: [{ description: 'teamIds: a capacity-based team cannot be assigned to a user.' }],
                },
              },
            };
          Object.assign(user, item.fields, { lastUpdatedTime: fake.clock });
          return { itemIdentifier: index, status: 200, operationType: 'UPDATE' };
        });
        fake.afterBulk?.();
        return results;
      },
    };
    return client as unknown as ContactCenterClient;
  }

  /** Calls of a kind. */
  count(kind: Call['kind']): number {
    return this.calls.filter((c) => c.kind === kind).length;
  }

  bulkItems(): { id: string; fields: Record<string, unknown> }[] {
    return this.calls.flatMap((c) => (c.kind === 'bulk' ? c.items : []));
  }
}

/** What the administrators are told, as the engine tells it. */
export class RecordingListener implements SyncListener {
  readonly manual: string[] = [];
  readonly finished: { run: SyncRun; counts: SyncCounts; notSynced: SyncUserRow[]; supervisors: SyncUserRow[] }[] = [];
  readonly settings: SyncUserRow[][] = [];
  readonly supervisorSteps: SyncUserRow[][] = [];
  readonly alerts: { alert: SyncAlert; users: SyncUserRow[] }[] = [];

  async manualSyncNeeded(run: SyncRun): Promise<void> {
    this.manual.push(run.id);
  }
  async runFinished(run: SyncRun, counts: SyncCounts, notSynced: SyncUserRow[], supervisors: SyncUserRow[]) {
    this.finished.push({ run, counts, notSynced, supervisors });
  }
  async settingsNeeded(_run: SyncRun, users: SyncUserRow[]): Promise<void> {
    this.settings.push(users);
  }
  async supervisorStepNeeded(_run: SyncRun, users: SyncUserRow[]): Promise<void> {
    this.supervisorSteps.push(users);
  }
  async alertRaised(alert: SyncAlert, _run: SyncRun, users: SyncUserRow[]): Promise<string> {
    this.alerts.push({ alert, users });
    return `msg-${alert.id}`;
  }
  readonly resolved: string[] = [];
  async alertResolved(alert: SyncAlert): Promise<void> {
    this.resolved.push(alert.id);
  }
  async retryFinished(): Promise<void> {}
}

export const TEST_SETTINGS: SyncSettings = {
  deadlineMs: 60_000,
  resyncs: 2,
  pollInitialMs: 1,
  pollMaxMs: 4,
  summaryWaitMs: 60_000,
  watchIntervalMs: 60_000,
  watchChecksPerMinute: 150,
};

/** An engine on a fresh SQLite store, the fake Contact Center, and a synchronisation endpoint. */
export function engineWith(
  fake: FakeContactCenter,
  options: { storage?: Storage; listener?: RecordingListener; settings?: Partial<SyncSettings> } = {},
): { engine: SyncEngine; store: SyncStore; storage: Storage; listener: RecordingListener; syncs: () => number } {
  const storage = options.storage ?? openSqliteStorage(mkdtempSync(join(tmpdir(), 'wxcc-sync-')));
  const listener = options.listener ?? new RecordingListener();
  let syncs = 0;
  const trigger: SyncTrigger = {
    mode: 'endpoint',
    async request() {
      syncs += 1;
      fake.synchronise();
      return { trackingId: `T-sync-${syncs}` };
    },
  };
  const engine = new SyncEngine({
    store: storage.sync,
    cc: fake.client(),
    trigger,
    listener,
    logger: pino({ level: 'silent' }),
    settings: { ...TEST_SETTINGS, ...options.settings },
    now: () => fake.clock,
  });
  return { engine, store: storage.sync, storage, listener, syncs: () => syncs };
}

/** A user to check, as a job hands it over. */
export function target(n: number, over: Partial<SyncTarget> = {}): SyncTarget {
  return {
    personId: `person-${n}`,
    ciUserId: `ci-${n}`,
    email: `user${n}@acme.example.com`,
    tier: 'premium',
    supervisor: false,
    trackingIds: [],
    ...over,
  };
}

export const REQUEST = { origin: 'command' as const, roomId: 'room-1', threadId: 'thread-1', requestedBy: 'alice@x' };
