import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { syncLine } from '../../src/bot/job-reporter.js';
import { syncTally } from '../../src/bot/sync-messages.js';
import { runResultText, SyncReporter } from '../../src/bot/sync-reporter.js';
import type { AgentSettings } from '../../src/contact-center/agent-settings.js';
import type { SyncAlert, SyncCounts, SyncRun, SyncStore, SyncUserRow } from '../../src/contact-center/sync-ports.js';
import { type Msg, msg } from '../../src/i18n/msg.js';
import { type Lang, translator } from '../../src/i18n/translate.js';
import type { WebexClient } from '../../src/webex/webex-client.js';
import { cardProblems } from '../support/cards.js';

const AT = Date.UTC(2026, 10, 25, 14, 5, 9);

function run(over: Partial<SyncRun> = {}): SyncRun {
  return {
    id: 'sync-job-1',
    origin: 'job',
    jobId: 'job-1',
    roomId: 'room',
    threadId: 'thread',
    requestedBy: 'alice@x.com',
    state: 'running',
    createdAt: AT,
    deadlineAt: AT + 600_000,
    finishedAt: undefined,
    resyncs: 0,
    triggers: [{ at: AT, mode: 'manual', why: 'first' }],
    reportAtEnd: false,
    retryOfAlert: undefined,
    progressMessageId: undefined,
    progressEdits: 0,
    progressText: undefined,
    supervisorStepAskedAt: undefined,
    ...over,
  };
}

function user(email: string, over: Partial<SyncUserRow> = {}): SyncUserRow {
  return {
    runId: 'sync-job-1',
    seq: 1,
    personId: `p-${email}`,
    ciUserId: `ci-${email}`,
    email,
    tier: 'standard',
    supervisor: false,
    trackingIds: [],
    state: 'needs_settings',
    reason: msg('verify.notEnabled'),
    ccUserId: `cc-${email}`,
    checks: 1,
    settings: undefined,
    appliedAt: undefined,
    settingsAsked: false,
    lastCheckedAt: AT,
    profile: undefined,
    profileReason: undefined,
    alertId: undefined,
    ...over,
  };
}

/** The reason the checks give a user whose missing settings were not given. */
const NOT_GIVEN = { key: 'verify.settingsNotGiven', params: { fields: 'team' } } as unknown as Msg;

const counts = (over: Partial<SyncCounts>): SyncCounts => ({
  total: 0,
  synced: 0,
  pending: 0,
  needsSettings: 0,
  invalid: 0,
  ...over,
});

const DEFAULTS: AgentSettings = {
  site: { id: 's1', name: 'São Paulo' },
  teams: [{ id: 't1', name: 'Vendas' }],
  desktopProfile: { id: 'd1', name: 'Padrão' },
};

interface Posted {
  roomId: string;
  parentId?: string;
  markdown: string;
  attachments?: { content: Record<string, any> }[];
}

/** A reporter whose Webex client keeps what it posted and edited. */
function reporter(
  options: { lang?: Lang; defaults?: () => Promise<AgentSettings>; mode?: 'endpoint' | 'manual' } = {},
): { reporter: SyncReporter; posted: Posted[]; edited: { id: string; markdown: string }[]; edits: string[] } {
  const posted: Posted[] = [];
  const edited: { id: string; markdown: string }[] = [];
  const edits: string[] = [];
  const botClient = {
    createMessage: async (m: Posted) => {
      posted.push(m);
      return { id: `m${posted.length}` };
    },
    updateMessage: async (id: string, _roomId: string, m: { markdown: string }) => {
      edited.push({ id, markdown: m.markdown });
      return { id };
    },
  } as unknown as WebexClient;
  const store = { countProgressEdit: async (runId: string) => void edits.push(runId) } as unknown as SyncStore;
  return {
    reporter: new SyncReporter({
      botClient,
      organisation: async () => ({ orgId: 'org-api-id', orgUuid: 'org-uuid' }),
      store,
      logger: pino({ level: 'silent' }),
      languageOf: async () => options.lang ?? 'en',
      defaultLanguage: options.lang ?? 'en',
      mode: options.mode ?? 'endpoint',
      ...(options.defaults ? { agentDefaults: options.defaults } : {}),
      now: () => AT,
    }),
    posted,
    edited,
    edits,
  };
}

const actionsOf = (p: Posted) =>
  p.attachments![0]!.content.actions as { title: string; data: Record<string, string> }[];
const texts = (p: Posted): string => JSON.stringify(p.attachments![0]!.content);

describe('the settings to-do', () => {
  it('names the user, what is missing and why, with a button that applies the defaults it shows', async () => {
    const { reporter: r, posted } = reporter({ defaults: async () => DEFAULTS });
    await r.settingsNeeded(run(), [user('ana@x.com', { missing: ['site', 'teams', 'desktopProfile'] })]);
    expect(posted).toHaveLength(1);
    const [todo] = posted;
    expect(todo!.parentId).toBe('thread');
    expect(todo!.markdown).toContain('**1 user needs Contact Center settings**');
    expect(todo!.markdown).toContain(
      'After job job-1, this user is in the Contact Center but cannot sign in to the Agent Desktop yet',
    );
    expect(todo!.markdown).toContain(
      '**ana@x.com**: missing site, teams, and desktop profile. In the Contact Center, but not enabled for the Agent Desktop',
    );
    expect(todo!.markdown).toContain(
      "**Apply the defaults** fills in what is missing with this organization's defaults: site São Paulo, team Vendas, and desktop profile Padrão.",
    );
    // A to-do, not an alert: no support request.
    expect(todo!.markdown).not.toMatch(/support|Invalid/);
    expect(cardProblems(todo!.attachments![0]!.content)).toEqual([]);
    expect(actionsOf(todo!).map((a) => [a.title, a.data])).toEqual([
      ['Apply the defaults', { action: 'sync.applyDefaults', runId: 'sync-job-1' }],
      ['Check again', { action: 'sync.check', runId: 'sync-job-1' }],
    ]);
  });

  it('counts several users, says how to set defaults when there are none, and is posted once', async () => {
    const { reporter: r, posted } = reporter({ defaults: async () => ({}) });
    const users = [
      user('ana@x.com', { missing: ['desktopProfile'] }),
      user('bia@x.com', { seq: 2, missing: ['teams'], reason: msg('verify.inactive') }),
    ];
    await r.settingsNeeded(run(), users);
    await r.settingsNeeded(run(), users);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.markdown).toContain('**2 users need Contact Center settings**');
    expect(posted[0]!.markdown).toContain('these users are in the Contact Center');
    expect(posted[0]!.markdown).toContain('**bia@x.com**: missing teams. In the Contact Center, but inactive.');
    await r.settingsNeeded(run(), [user('cid@x.com', { missing: ['site'], reason: NOT_GIVEN })]);
    expect(posted[1]!.markdown).toContain('**cid@x.com**: missing site, and none was given.\n');
    expect(posted[0]!.markdown).toContain('This organization has no defaults yet: send "template"');
  });

  it('speaks Portuguese with singular and plural', async () => {
    const one = reporter({ lang: 'pt-BR', defaults: async () => DEFAULTS });
    await one.reporter.settingsNeeded(run(), [user('ana@x.com', { missing: ['site', 'desktopProfile'] })]);
    expect(one.posted[0]!.markdown).toContain('**1 usuário precisa de configurações no Contact Center**');
    expect(one.posted[0]!.markdown).toContain('este usuário está no Contact Center, mas ainda não pode entrar');
    expect(one.posted[0]!.markdown).toContain('**ana@x.com**: sem site e perfil de desktop.');
    expect(one.posted[0]!.markdown).toContain('o site São Paulo, a equipe Vendas e o perfil de desktop Padrão.');
    expect(texts(one.posted[0]!)).toContain('Aplicar os padrões');
    const two = reporter({ lang: 'pt-BR' });
    await two.reporter.settingsNeeded(run(), [user('a@x.com'), user('b@x.com', { seq: 2 })]);
    expect(two.posted[0]!.markdown).toContain('**2 usuários precisam de configurações no Contact Center**');
    expect(two.posted[0]!.markdown).toContain('ainda não podem entrar');
  });
});

describe('the Supervisor to-do', () => {
  it('gives the Control Hub steps, naming each user, with a "Done: check again" button', async () => {
    const { reporter: r, posted } = reporter();
    const users = [
      user('vera@x.com', { tier: 'premium', supervisor: true, profile: 'waiting' }),
      user('yan@x.com', { seq: 2, tier: 'premium', supervisor: true, profile: 'waiting' }),
    ];
    await r.supervisorStepNeeded(run(), users);
    await r.supervisorStepNeeded(run(), users);
    expect(posted).toHaveLength(1);
    const text = posted[0]!.markdown;
    expect(text).toContain('**2 users need the Supervisor role in Control Hub**');
    expect(text).toContain('These users are meant to be Premium Agent (Supervisor)');
    expect(text).toContain('so each user needs these steps:');
    expect(text).toContain('- vera@x.com\n- yan@x.com');
    expect(text).toContain('go to **Users** and open the user');
    expect(text).toContain('Under **Licenses**, press **Edit Licenses** and choose **Contact Center**');
    expect(text).toContain('choose **Premium Agent - Supervisor Role**');
    // With a synchronisation endpoint the bot asks for the synchronisation itself.
    expect(text).toContain('4. Come back here and press **Done: check again**: I ask for a synchronization');
    expect(text).not.toContain('Tenant settings');
    expect(cardProblems(posted[0]!.attachments![0]!.content)).toEqual([]);
    expect(actionsOf(posted[0]!).map((a) => [a.title, a.data])).toEqual([
      ['Done: check again', { action: 'sync.supervisorDone', runId: 'sync-job-1' }],
    ]);
  });

  it('in Portuguese, for one user, with the Synchronize Users step in manual mode', async () => {
    const { reporter: r, posted } = reporter({ lang: 'pt-BR', mode: 'manual' });
    await r.supervisorStepNeeded(run(), [
      user('vera@x.com', { tier: 'premium', supervisor: true, profile: 'waiting' }),
    ]);
    expect(posted[0]!.markdown).toContain('**1 usuário precisa da função de supervisor no Control Hub**');
    expect(posted[0]!.markdown).toContain('Este usuário deve ser Agente Premium (Supervisor)');
    expect(posted[0]!.markdown).toContain('**Agente Premium - Função de supervisor**');
    expect(posted[0]!.markdown).toContain(
      '4. Pressione **Sincronizar Usuário** em **Serviços › Contact Center › Configurações do locatário (Tenant settings) › Geral**',
    );
    expect(posted[0]!.markdown).toContain('5. Volte aqui e pressione **Feito: verificar de novo**.');
    expect(texts(posted[0]!)).toContain('Feito: verificar de novo');
  });
});

describe('the result of a check', () => {
  it('tells each state in plain words, what is missing, and what is still to do', () => {
    const tr = translator('en');
    const text = runResultText(
      tr,
      run({ origin: 'command', jobId: undefined, id: 'sync-abc' }),
      counts({ total: 5, synced: 1, pending: 1, needsSettings: 2, invalid: 1 }),
      [
        user('ana@x.com', { state: 'pending', reason: msg('verify.notYet'), ccUserId: undefined }),
        user('bia@x.com', { missing: ['site', 'desktopProfile'] }),
        user('vera@x.com', { tier: 'premium', supervisor: true, profile: 'waiting', reason: msg('verify.synced') }),
        user('cid@x.com', { missing: ['teams'], reason: NOT_GIVEN }),
        user('walt@x.com', { state: 'invalid', reason: msg('verify.missing'), ccUserId: undefined }),
      ],
      [user('vera@x.com', { tier: 'premium', supervisor: true, profile: 'waiting' })],
    );
    expect(text).toContain(
      '**Contact Center check by alice@x.com ended**: not all 5 users are ready yet (1 ready, 1 waiting for synchronization, 2 need settings, and 1 invalid).',
    );
    expect(text).toContain(
      '- ana@x.com: Waiting for synchronization. Licensed in Control Hub; not in the Contact Center yet.',
    );
    expect(text).toContain('- bia@x.com: Needs settings (missing site and desktop profile).');
    // The reason is not repeated when it only says the settings were not given.
    expect(text).toContain('- cid@x.com: Needs settings (missing teams, and none was given).\n');
    expect(text).toContain('- vera@x.com: Waiting for the Supervisor role in Control Hub.');
    expect(text).toContain('- walt@x.com: Invalid. Licensed in Control Hub, but still not in the Contact Center');
    expect(text).toContain(
      'Premium Agent (Supervisor) for vera@x.com: still to do. Give this user the Supervisor role in Control Hub',
    );
    expect(text).toContain('The to-do in this thread lists the missing settings');
    expect(text).toContain('The alert in this space has a **Retry sync** button and a text for a support case.');
  });

  it("names the alert's button in the language of the alert, which is the space's", () => {
    const walt = user('walt@x.com', { state: 'invalid', reason: msg('verify.missing'), ccUserId: undefined });
    const text = runResultText(
      translator('pt-BR'),
      run(),
      counts({ total: 1, invalid: 1 }),
      [walt],
      [],
      translator('en'),
    );
    expect(text).toContain('O alerta publicado neste espaço tem o botão **Retry sync** e um texto');
  });

  it('points a supervisor waiting only for the role to the Control Hub steps, not to a settings to-do', () => {
    const en = translator('en');
    const vera = user('vera@x.com', {
      tier: 'premium',
      supervisor: true,
      profile: 'waiting',
      reason: msg('verify.synced'),
    });
    const text = runResultText(en, run(), counts({ total: 2, synced: 1, needsSettings: 1 }), [vera], [vera]);
    expect(text).toContain('- vera@x.com: Waiting for the Supervisor role in Control Hub.');
    expect(text).toContain(
      'Premium Agent (Supervisor) for vera@x.com: still to do. Give this user the Supervisor role',
    );
    expect(text).not.toContain('missing settings');
    expect(text).not.toContain('apply the defaults');
  });

  it('counts with the right plural in both languages', () => {
    const en = translator('en');
    const pt = translator('pt-BR');
    expect(syncTally(en, counts({ synced: 2 }))).toBe('2 ready');
    expect(syncTally(en, counts({ synced: 0, needsSettings: 1 }))).toBe('0 ready and 1 needs settings');
    expect(syncTally(pt, counts({ synced: 1, needsSettings: 1, invalid: 1 }))).toBe(
      '1 pronto, 1 precisa de configurações e 1 inválido',
    );
    expect(syncTally(pt, counts({ synced: 0, pending: 2, needsSettings: 2, invalid: 2 }))).toBe(
      '0 prontos, 2 aguardando sincronização, 2 precisam de configurações e 2 inválidos',
    );
  });

  it('says a Supervisor confirmed, or what stays to do in Portuguese', () => {
    const pt = translator('pt-BR');
    const done = runResultText(
      pt,
      run(),
      counts({ total: 1, synced: 1 }),
      [],
      [user('vera@x.com', { state: 'synced', tier: 'premium', supervisor: true, profile: 'set' })],
    );
    expect(done).toContain('Agente Premium (Supervisor): confirmado no Contact Center para vera@x.com.');
    const later = runResultText(
      pt,
      run(),
      counts({ total: 2, pending: 2 }),
      [],
      [
        user('a@x.com', { state: 'pending', tier: 'premium', supervisor: true }),
        user('b@x.com', { seq: 2, state: 'pending', tier: 'premium', supervisor: true }),
      ],
    );
    expect(later).toContain(
      'Agente Premium (Supervisor) para a@x.com, b@x.com: quando estes usuários estiverem no Contact Center',
    );
  });

  it('points a Supervisor who only waits for the role to the Control Hub steps, not to a settings to-do', () => {
    const vera = user('vera@x.com', {
      tier: 'premium',
      supervisor: true,
      profile: 'waiting',
      reason: msg('verify.supervisorWaiting'),
    });
    const final = { run: run(), counts: counts({ total: 1, needsSettings: 1 }), supervisors: [vera], final: true };
    for (const [lang, line] of [
      ['en', 'Contact Center: 0 ready and 1 needs settings. Still to do: the Supervisor role in Control Hub'],
      ['pt-BR', 'Ainda falta a função de supervisor no Control Hub'],
    ] as const) {
      const text = syncLine(translator(lang), final, 'endpoint');
      expect(text).toContain(line);
      expect(text).not.toMatch(/defaults|padrões|which settings|quais configurações/);
    }
    const result = runResultText(translator('en'), run(), final.counts, [vera], [vera]);
    expect(result).toContain('- vera@x.com: Waiting for the Supervisor role in Control Hub.');
    expect(result).toContain('Premium Agent (Supervisor) for vera@x.com: still to do');
    expect(result).not.toContain('The to-do in this thread lists the missing settings');
    // With a user who misses settings besides, the settings to-do is named (and only with one).
    const bia = user('bia@x.com', { seq: 2, missing: ['site'] });
    const both = { ...final, counts: counts({ total: 2, needsSettings: 2 }) };
    expect(syncLine(translator('en'), both, 'endpoint')).toContain(
      'The to-do in this thread lists the missing settings, with a button',
    );
    expect(runResultText(translator('en'), run(), both.counts, [vera, bia], [vera])).toContain(
      'The to-do in this thread lists the missing settings',
    );
    const invalid = { ...final, counts: counts({ total: 2, needsSettings: 1, invalid: 1 }) };
    expect(syncLine(translator('en'), invalid, 'endpoint')).toBe(
      'Contact Center: 0 ready, 1 needs settings, and 1 invalid. See the alert in this space for what to do.',
    );
  });

  it('tells a supervisor in the Contact Center who lacks settings to take the Control Hub step now', () => {
    const vera = user('vera@x.com', { tier: 'premium', supervisor: true, missing: ['site'], profile: 'waiting' });
    const text = runResultText(translator('en'), run(), counts({ total: 1, needsSettings: 1 }), [vera], [vera]);
    expect(text).toContain(
      'Premium Agent (Supervisor) for vera@x.com: still to do. Give this user the Supervisor role',
    );
    expect(text).not.toContain('once this user is in the Contact Center');
  });

  it('does not call a user whose license was removed "ready"', () => {
    const gone = { run: run(), supervisors: [], final: true, counts: counts({ total: 1, synced: 1, removed: 1 }) };
    expect(syncLine(translator('en'), gone, 'endpoint')).toBe(
      'Contact Center: 1 no longer an agent. Nothing left to do.',
    );
    expect(syncLine(translator('pt-BR'), gone, 'endpoint')).toBe(
      'Contact Center: 1 deixou de ser agente. Nada mais a fazer.',
    );
    const mixed = { ...gone, counts: counts({ total: 3, synced: 3, removed: 1 }) };
    expect(syncLine(translator('en'), mixed, 'endpoint')).toBe(
      'Contact Center: 2 ready and 1 no longer an agent. Nothing left to do.',
    );
  });

  it('edits the progress again when a new synchronization moves the deadline, so the time shown holds', async () => {
    const { reporter: r, edited } = reporter();
    const running = run({ origin: 'command', jobId: undefined, progressMessageId: 'p1', progressText: 'Checking.' });
    await r.progress(running, counts({ total: 1, pending: 1 }));
    expect(edited.at(-1)!.markdown).toContain('Still checking until about Nov 25, 2026, 2:15:09 PM UTC.');
    await r.progress({ ...running, progressEdits: 1 }, counts({ total: 1, pending: 1 }));
    expect(edited).toHaveLength(1);
    await r.progress({ ...running, progressEdits: 1, deadlineAt: AT + 900_000 }, counts({ total: 1, pending: 1 }));
    expect(edited.at(-1)!.markdown).toContain('Still checking until about Nov 25, 2026, 2:20:09 PM UTC.');
  });

  it('edits the first answer of a `sync` when the check ends, so it no longer says "still checking"', async () => {
    const { reporter: r, posted, edited, edits } = reporter();
    const first = 'Checking the user ana@x.com in the Contact Center.';
    const running = run({
      origin: 'command',
      jobId: undefined,
      id: 'sync-abc',
      progressMessageId: 'p1',
      progressText: first,
    });
    await r.progress(running, counts({ total: 1, pending: 1 }));
    expect(edited.at(-1)!.markdown).toMatch(/Still checking/);
    await r.runFinished({ ...running, state: 'done', progressEdits: 1 }, counts({ total: 1, synced: 1 }), [], []);
    expect(posted.at(-1)!.markdown).toMatch(/^\*\*Contact Center check by alice@x.com finished\*\*: 1 ready/);
    expect(edited.at(-1)).toEqual({
      id: 'p1',
      markdown: `${first}\n\n**Check ended** (Nov 25, 2026, 2:05:09 PM UTC): 1 ready. The result is below.`,
    });
    expect(edits).toEqual(['sync-abc', 'sync-abc']);
  });
});

describe('an alert', () => {
  const alert: SyncAlert = {
    id: 'alert-1',
    runId: 'sync-job-1',
    roomId: 'room',
    messageId: undefined,
    state: 'open',
    createdAt: AT,
    closedAt: undefined,
    closedBy: undefined,
    nextCheckAt: AT,
  };
  const missing = (email: string, seq = 1) =>
    user(email, { seq, state: 'invalid', reason: msg('verify.missing'), ccUserId: undefined });

  it('for one user missing after the deadline: Synchronize Users again, then a case, in the singular', async () => {
    const { reporter: r, posted } = reporter({ mode: 'manual' });
    await r.alertRaised(alert, run(), [missing('walt@x.com')]);
    const text = posted[0]!.markdown;
    expect(posted[0]!.parentId).toBeUndefined();
    expect(text).toContain('**1 user is Invalid in the Contact Center**');
    expect(text).toContain('A synchronization did not fix it after job job-1.');
    expect(text).toContain('- **walt@x.com**: Licensed in Control Hub, but still not in the Contact Center');
    expect(text).toContain('1. In Control Hub, check that the user still has a Contact Center license');
    expect(text).toContain(
      '2. Press **Synchronize Users** in Control Hub (**Services › Contact Center › Tenant settings › General**), then **Retry sync** here.',
    );
    expect(text).toContain('3. If that does not fix it, open a case at https://help.webex.com with the text below.');
    expect(text).not.toMatch(/each user|remove it and add it again/);
    expect(text).toContain('Organization ID: org-uuid');
    const card = posted[0]!.attachments![0]!.content;
    expect(cardProblems(card)).toEqual([]);
    // Internal ids stay in the support text: the card itself shows none of them.
    expect(JSON.stringify((card.body as { id?: string }[]).filter((b) => b.id !== 'supportText'))).not.toMatch(
      /alert-1|sync-job-1|org-uuid/,
    );
  });

  it('fits each fault and names the users of each when they differ', async () => {
    const { reporter: r, posted } = reporter();
    await r.alertRaised(alert, run(), [
      missing('walt@x.com'),
      missing('xena@x.com', 2),
      user('kept@x.com', { seq: 3, state: 'invalid', reason: msg('verify.appliedDiffers', { fields: 'x' }) }),
      user('idle@x.com', { seq: 4, state: 'invalid', reason: msg('verify.inactive') }),
      user('gone@x.com', { seq: 5, tier: 'none', state: 'invalid', reason: msg('verify.removedStillActive') }),
    ]);
    const text = posted[0]!.markdown;
    expect(text).toContain('**5 users are Invalid in the Contact Center**');
    expect(text).toContain('For walt@x.com, xena@x.com:');
    expect(text).toContain('check that each user still has a Contact Center license');
    expect(text).toContain('2. Press **Retry sync** to synchronize and check them again.');
    expect(text).toContain('3. If that does not fix them, open a case');
    expect(text).toContain('For kept@x.com:');
    expect(text).toContain(
      'For kept@x.com:\n1. Press **Retry sync** to synchronize and check the user again.\n2. The Contact Center accepted the settings of this user but did not keep them. If a retry does not fix that, open a case',
    );
    expect(text).toContain('For idle@x.com:\n1. Press **Retry sync** to synchronize and check the user again.');
    expect(text).toContain('For gone@x.com:');
    expect(text).toContain(
      'The Contact Center license was removed, but the user is still active in the Contact Center',
    );
  });

  it('lists what was tried as it happened: an on-demand check is no "synchronization after the changes"', async () => {
    const { reporter: r, posted } = reporter();
    const at = AT - 60_000;
    await r.alertRaised(
      alert,
      run({
        origin: 'command',
        jobId: undefined,
        triggers: [
          { at, mode: 'endpoint', why: 'first', trackingId: 'T1' },
          { at: at + 30_000, mode: 'endpoint', why: 'resync' },
          { at: at + 30_400, mode: 'endpoint', why: 'resync', trackingId: 'T3' },
        ],
      }),
      [missing('walt@x.com')],
    );
    const tried = (posted[0]!.attachments![0]!.content.body as { text?: string }[]).find((b) =>
      b.text?.includes('synchronization for this check'),
    )!.text!;
    expect(tried.split('\n')).toEqual([
      '- 2:04:09 PM UTC: synchronization for this check, trackingId T1',
      '- 2:04:39 PM UTC: synchronization again for users still Invalid (asked 2 times), trackingId T3',
    ]);
    expect(JSON.stringify(posted[0]!.attachments![0]!.content)).not.toContain('after the changes');
    // The support text keeps full dates; re-syncs seconds apart share a line with both times.
    const support = (posted[0]!.attachments![0]!.content.body as { id?: string; value?: string }[]).find(
      (b) => b.id === 'supportText',
    )!.value!;
    expect(support).toContain('- Nov 25, 2026, 2:04:09 PM UTC: synchronization for this check, trackingId T1');
    // One user: the support case speaks of one.
    expect(support).toMatch(/^Subject: Webex Contact Center user stays Invalid after Synchronize Users\n/);
    expect(support).toContain(
      'Please find out why the Contact Center does not pick up this user, and fix the sync status.',
    );
    await r.alertRaised(
      alert,
      run({
        triggers: [
          { at, mode: 'endpoint', why: 'first' },
          { at: at + 4_000, mode: 'endpoint', why: 'resync' },
          { at: at + 9_000, mode: 'endpoint', why: 'resync' },
        ],
      }),
      [missing('walt@x.com')],
    );
    expect(posted[1]!.markdown).not.toContain('asked 2 times');
    expect(JSON.stringify(posted[1]!.attachments![0]!.content)).toContain(
      '- 2:04:13 PM UTC and 2:04:18 PM UTC: synchronization again for users still Invalid',
    );
    expect(JSON.stringify(posted[1]!.attachments![0]!.content)).toContain(
      '- 2:04:09 PM UTC: synchronization after the changes',
    );
  });

  it('asks once more before Dismiss, in the card', async () => {
    const { reporter: r, posted } = reporter();
    await r.alertRaised(alert, run(), [missing('walt@x.com')]);
    const [retry, dismiss] = posted[0]!.attachments![0]!.content.actions as {
      type: string;
      title: string;
      card?: { body: { text: string }[]; actions: { title: string; data: object }[] };
    }[];
    expect(retry!.title).toBe('Retry sync');
    expect(dismiss).toMatchObject({ type: 'Action.ShowCard', title: 'Dismiss' });
    expect(dismiss!.card!.body[0]!.text).toBe(
      'Dismiss this alert? I will stop watching its users and say nothing more about them.',
    );
    expect(dismiss!.card!.actions.map((a) => [a.title, a.data])).toEqual([
      ['Yes, dismiss', { action: 'sync.dismiss', alertId: 'alert-1', confirmed: true }],
    ]);
  });

  it('in Portuguese, plural', async () => {
    const { reporter: r, posted } = reporter({ lang: 'pt-BR' });
    await r.alertRaised(alert, run(), [missing('a@x.com'), missing('b@x.com', 2)]);
    const text = posted[0]!.markdown;
    expect(text).toContain('**2 usuários inválidos no Contact Center**');
    expect(text).toContain('confira se cada usuário ainda tem licença do Contact Center');
    expect(text).toContain('3. Se os problemas continuarem, abra um chamado');
  });
});

describe('the sync cards', () => {
  /** Every text a card shows (texts, titles, labels, values, facts), in nested cards too. */
  function shownTexts(node: unknown, found: string[] = []): string[] {
    if (Array.isArray(node)) for (const item of node) shownTexts(item, found);
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'string' && ['text', 'title', 'label', 'value', 'placeholder'].includes(key))
          found.push(value);
        else shownTexts(value, found);
      }
    return found;
  }

  it('hold only what Webex card markdown draws: no backticks, no raw angle brackets, in both languages', async () => {
    for (const lang of ['en', 'pt-BR'] as const) {
      for (const mode of ['endpoint', 'manual'] as const) {
        const { reporter: r, posted } = reporter({ lang, mode, defaults: async () => ({}) });
        await r.manualSyncNeeded(run(), 'first');
        await r.settingsNeeded(run(), [user('ana@x.com', { missing: ['site'] })]);
        await r.supervisorStepNeeded(run(), [user('vera@x.com', { tier: 'premium', supervisor: true })]);
        await r.alertRaised(
          {
            id: 'alert-1',
            runId: 'sync-job-1',
            roomId: 'room',
            messageId: undefined,
            state: 'open',
            createdAt: AT,
            closedAt: undefined,
            closedBy: undefined,
            nextCheckAt: AT,
          },
          run(),
          [
            user('walt@x.com', { state: 'invalid', reason: msg('verify.missing'), ccUserId: undefined }),
            user('gone@x.com', { seq: 2, tier: 'none', state: 'invalid', reason: msg('verify.removedStillActive') }),
          ],
        );
        expect(posted).toHaveLength(4);
        for (const p of posted) {
          const texts = shownTexts(p.attachments![0]!.content);
          expect(
            texts.filter((t) => /[`<>]/.test(t)),
            `${lang} ${mode}`,
          ).toEqual([]);
        }
      }
    }
  });
});
