import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { BotContext } from '../../src/bot/context.js';
import { syncCardActions } from '../../src/bot/flows/sync.js';
import type { AgentSettings } from '../../src/contact-center/agent-settings.js';
import type { SyncAlert, SyncUserRow } from '../../src/contact-center/sync-ports.js';
import { msg } from '../../src/i18n/msg.js';
import { type Lang, translator } from '../../src/i18n/translate.js';
import type { SyncRequests } from '../../src/provisioning/services/sync-requests.js';
import type { WebexClient } from '../../src/webex/webex-client.js';

/** A real context whose Webex client keeps what the bot would have said in the thread. */
function fakeContext(said: string[], options: { lang?: Lang; card?: string; person?: string } = {}): BotContext {
  const client = {
    createMessage: async (message: { markdown: string }) => {
      said.push(message.markdown);
      return { id: `m${said.length}`, roomId: 'room', personId: 'bot', personEmail: 'bot@x', created: '' };
    },
  } as unknown as WebexClient;
  const person = options.person ?? 'alice';
  return new BotContext(
    {
      kind: 'cardSubmit',
      eventId: `e${said.length}`,
      roomId: 'room',
      cardMessageId: options.card ?? 'card-1',
      personId: person,
      personEmail: `${person}@x.com`,
      inputs: {},
    },
    {
      id: person,
      emails: [`${person}@x.com`],
      displayName: person === 'alice' ? 'Alice' : 'Bruno',
      orgId: 'o',
    } as BotContext['actor'],
    'thread',
    pino({ level: 'silent' }),
    client,
    translator(options.lang ?? 'en'),
    { fullAdmin: true },
  );
}

function row(email: string, over: Partial<SyncUserRow> = {}): SyncUserRow {
  return {
    runId: 'sync-1',
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
    lastCheckedAt: 0,
    profile: undefined,
    profileReason: undefined,
    alertId: undefined,
    ...over,
  };
}

const DEFAULTS: AgentSettings = {
  site: { id: 's1', name: 'São Paulo' },
  teams: [{ id: 't1', name: 'Vendas' }],
  desktopProfile: { id: 'd1', name: 'Padrão' },
};

/** What the buttons call, recorded: the engine's answers are given by the test. */
function fakeRequests(options: {
  users?: SyncUserRow[];
  apply?: 'applying' | 'nothing' | 'unknown';
  check?: 'checking' | 'all-synced' | 'unknown';
  alert?: SyncAlert;
}) {
  const calls: string[] = [];
  const applied: [string, AgentSettings][] = [];
  let alert = options.alert;
  const requests = {
    mode: 'manual',
    needingSettings: async () => options.users ?? [],
    applySettings: async (runId: string, settings: AgentSettings) => {
      applied.push([runId, settings]);
      return options.apply ?? 'applying';
    },
    checkAgain: async (runId: string) => {
      calls.push(`checkAgain ${runId}`);
      return options.check ?? 'checking';
    },
    alertOf: async (alertId: string, card: string | undefined) =>
      alert && alert.id === alertId && alert.messageId === card ? alert : undefined,
    dismissAlert: async (alertId: string, _card: string | undefined, by: string) => {
      calls.push(`dismiss ${alertId} by ${by}`);
      alert = { ...alert!, state: 'dismissed' };
      return { kind: 'answered', alert, state: 'dismissed', dismissed: true };
    },
  } as unknown as SyncRequests;
  return { requests, calls, applied };
}

describe('"Apply the defaults"', () => {
  it('applies the defaults once, and says what each user gets', async () => {
    const users = [
      row('ana@x.com', { missing: ['site', 'teams', 'desktopProfile'] }),
      row('bia@x.com', { seq: 2, missing: ['desktopProfile', 'skillProfile'] }),
    ];
    const { requests, applied } = fakeRequests({ users });
    const actions = syncCardActions(requests, {
      agentDefaults: async () => DEFAULTS,
      now: () => Date.UTC(2026, 0, 2, 9),
    });
    const said: string[] = [];
    await actions['sync.applyDefaults']!(fakeContext(said), { action: 'sync.applyDefaults', runId: 'sync-1' });
    expect(applied).toEqual([['sync-1', DEFAULTS]]);
    expect(said[0]).toBe(
      [
        'Applying the defaults for Alice to 2 users, then checking again; the result follows in this thread. What each user gets:',
        '- ana@x.com gets site São Paulo, team Vendas, and desktop profile Padrão.',
        '- bia@x.com gets desktop profile Padrão; still missing skill profile, which the defaults do not have.',
        'Send `template` to set the missing defaults.',
      ].join('\n'),
    );
    // A second press, by anyone, does nothing twice.
    await actions['sync.applyDefaults']!(fakeContext(said, { person: 'bruno' }), {
      action: 'sync.applyDefaults',
      runId: 'sync-1',
    });
    expect(applied).toHaveLength(1);
    expect(said[1]).toMatch(
      /^Alice already applied these defaults to these users on Jan 2, 2026, 9:00:00 AM UTC, and nothing is done twice\./,
    );
  });

  it('in Portuguese, for one user', async () => {
    const { requests } = fakeRequests({ users: [row('ana@x.com', { missing: ['teams'] })] });
    const actions = syncCardActions(requests, { agentDefaults: async () => DEFAULTS });
    const said: string[] = [];
    await actions['sync.applyDefaults']!(fakeContext(said, { lang: 'pt-BR' }), { runId: 'sync-1' });
    expect(said[0]).toBe(
      [
        'Aplicando os padrões a pedido de Alice para 1 usuário e depois verificando de novo; o resultado sai nesta conversa. O que o usuário recebe:',
        '- ana@x.com recebe a equipe Vendas.',
      ].join('\n'),
    );
  });

  it('says how to set defaults when there are none, and applies nothing', async () => {
    const { requests, applied } = fakeRequests({ users: [row('ana@x.com', { missing: ['site'] })] });
    const actions = syncCardActions(requests, { agentDefaults: async () => ({}) });
    const said: string[] = [];
    await actions['sync.applyDefaults']!(fakeContext(said), { runId: 'sync-1' });
    expect(applied).toEqual([]);
    expect(said[0]).toBe(
      'This organization has no default Contact Center settings, so nothing was applied. Send `template` to see and set them (site, team, desktop profile), then press **Apply the defaults** again.',
    );
  });

  it('writes nothing when the defaults have none of what is missing', async () => {
    const { requests, applied } = fakeRequests({ users: [row('ana@x.com', { missing: ['skillProfile'] })] });
    const actions = syncCardActions(requests, { agentDefaults: async () => DEFAULTS });
    const said: string[] = [];
    await actions['sync.applyDefaults']!(fakeContext(said), { runId: 'sync-1' });
    expect(applied).toEqual([]);
    expect(said[0]).toContain('The defaults have none of the settings the user is missing');
    expect(said[0]).toContain('- ana@x.com: nothing to apply; still missing skill profile');
  });

  it('counts only the users who get something', async () => {
    const users = [row('ana@x.com', { missing: ['site'] }), row('bia@x.com', { seq: 2, missing: ['skillProfile'] })];
    const { requests, applied } = fakeRequests({ users });
    const said: string[] = [];
    await syncCardActions(requests, { agentDefaults: async () => DEFAULTS })['sync.applyDefaults']!(fakeContext(said), {
      runId: 'sync-1',
    });
    expect(applied).toHaveLength(1);
    expect(said[0]).toMatch(
      /^Applying the defaults for Alice to 1 user, then checking again; the result follows in this thread\. What the user gets:/,
    );
    expect(said[0]).toContain(
      '- bia@x.com: nothing to apply; still missing skill profile, which the defaults do not have.',
    );
  });

  it('answers a run it does not know, and a run with nobody left to set', async () => {
    const said: string[] = [];
    const unknown = fakeRequests({ apply: 'unknown' });
    await syncCardActions(unknown.requests, { agentDefaults: async () => DEFAULTS })['sync.applyDefaults']!(
      fakeContext(said),
      { runId: 'sync-zz' },
    );
    expect(said[0]).toBe('That button is not from a check I know. Send `sync` to start one.');
    const nothing = fakeRequests({ apply: 'nothing' });
    const actions = syncCardActions(nothing.requests, { agentDefaults: async () => DEFAULTS });
    await actions['sync.applyDefaults']!(fakeContext(said), { runId: 'sync-1' });
    await actions['sync.applyDefaults']!(fakeContext(said), { runId: 'sync-1' });
    expect(said.slice(1)).toEqual([
      'Nothing to apply: no user of this check needs settings now.',
      'Nothing to apply: no user of this check needs settings now.',
    ]);
    await actions['sync.applyDefaults']!(fakeContext(said), { runId: 42 });
    expect(said.at(-1)).toBe('That button is not from a check I know. Send `sync` to start one.');
  });
});

describe('"Done: check again" on the Supervisor to-do', () => {
  it('checks the run again', async () => {
    const { requests, calls } = fakeRequests({});
    const said: string[] = [];
    await syncCardActions(requests, { agentDefaults: async () => ({}) })['sync.supervisorDone']!(fakeContext(said), {
      runId: 'sync-1',
    });
    expect(calls).toEqual(['checkAgain sync-1']);
    expect(said[0]).toBe(
      'Thanks, Alice: checking the Supervisor role of these users now. The result follows in this thread.',
    );
  });
});

describe('"Dismiss" on an alert', () => {
  const alert: SyncAlert = {
    id: 'alert-1',
    runId: 'sync-1',
    roomId: 'room',
    messageId: 'card-1',
    state: 'open',
    createdAt: 0,
    closedAt: undefined,
    closedBy: undefined,
    nextCheckAt: 0,
  };

  it("asks first, and dismisses on the same person's second press", async () => {
    const { requests, calls } = fakeRequests({ alert });
    const actions = syncCardActions(requests, { agentDefaults: async () => ({}) });
    const said: string[] = [];
    await actions['sync.dismiss']!(fakeContext(said), { alertId: 'alert-1' });
    expect(said[0]).toBe(
      'Dismiss this alert? I will stop watching its users and say nothing more about them. Press **Dismiss** again within 10 minutes to confirm.',
    );
    // The alert is in the space's language: the answer names its button as the card does.
    const pt = syncCardActions(requests, { agentDefaults: async () => ({}), spaceLanguage: 'pt-BR' });
    const ptSaid: string[] = [];
    await pt['sync.dismiss']!(fakeContext(ptSaid, { person: 'carla' }), { alertId: 'alert-1' });
    expect(ptSaid[0]).toContain('Press **Dispensar** again');
    expect(calls).toEqual([]);
    // Someone else's press asks them in turn.
    await actions['sync.dismiss']!(fakeContext(said, { person: 'bruno' }), { alertId: 'alert-1' });
    expect(said[1]).toMatch(/^Dismiss this alert\?/);
    expect(calls).toEqual([]);
    await actions['sync.dismiss']!(fakeContext(said), { alertId: 'alert-1' });
    expect(calls).toEqual(['dismiss alert-1 by alice@x.com']);
    expect(said[2]).toMatch(/^Dismissed by Alice: I no longer watch the users of this alert/);
    await actions['sync.dismiss']!(fakeContext(said, { person: 'bruno' }), { alertId: 'alert-1' });
    expect(said[3]).toBe('This alert is dismissed already.');
    expect(calls).toHaveLength(1);
  });

  it('dismisses at once when the card asked already ("Yes, dismiss"), and stays dismissed when pressed again', async () => {
    const { requests, calls } = fakeRequests({ alert });
    const actions = syncCardActions(requests, { agentDefaults: async () => ({}) });
    const said: string[] = [];
    await actions['sync.dismiss']!(fakeContext(said), { alertId: 'alert-1', confirmed: true });
    expect(calls).toEqual(['dismiss alert-1 by alice@x.com']);
    expect(said[0]).toBe(
      'Dismissed by Alice: I no longer watch the users of this alert, and its buttons do nothing more. Send `sync` with an email address to check one of them again.',
    );
    // The same confirmation delivered again (a redelivery, a second tap) dismisses nothing twice.
    await actions['sync.dismiss']!(fakeContext(said), { alertId: 'alert-1', confirmed: true });
    expect(calls).toEqual(['dismiss alert-1 by alice@x.com']);
    expect(said[1]).toBe('This alert is dismissed already.');
  });

  it('refuses a button from another card', async () => {
    const { requests } = fakeRequests({ alert });
    const said: string[] = [];
    await syncCardActions(requests, { agentDefaults: async () => ({}) })['sync.dismiss']!(
      fakeContext(said, { card: 'another-card' }),
      { alertId: 'alert-1' },
    );
    expect(said[0]).toBe('That button is not from an alert I know.');
  });
});
