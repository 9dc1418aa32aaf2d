import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARDS_DIR, renderCard } from '../../src/bot/cards.js';
import { EN_AREAS } from '../../src/i18n/en.js';
import { PT_BR_AREAS } from '../../src/i18n/pt-br.js';
import {
  CATALOGS,
  compiledMessage,
  LANGS,
  type Lang,
  parseLang,
  Translator,
  translator,
} from '../../src/i18n/translate.js';
import { cardProblems } from '../support/cards.js';

/** The parameters an ICU message uses, in its plural and select branches too. */
const placeholders = (lang: Lang, key: string): string[] => [...compiledMessage(lang, key)!.params].sort();

/** Entries that are the same in both languages on purpose (symbols, ids, names of things). */
const SAME_IN_BOTH = new Set([
  'change.fromTo',
  'profile.failed',
  'profile.failedTracking',
  'history.outcome',
  'sync.result.line',
  'sync.retryLine',
  'sync.retryLineTracking',
  'sync.alert.userLine',
  'sync.alert.trackingIds',
  'sync.todo.userReason',
  'sync.field.site',
  'results.header.trackingId',
  'verify.field.site',
  'agent.field.site',
  'orgs.list.line',
  'cmd.orgs.example',
  'agent.line',
  'agent.join',
  'card.addUsers.site',
  'preview.line.agent',
]);

describe('the message catalogs', () => {
  it('have the same keys and the same parameters in every language', () => {
    for (const lang of LANGS.filter((l) => l !== 'en')) {
      expect(Object.keys(CATALOGS[lang]).sort()).toEqual(Object.keys(CATALOGS.en).sort());
      for (const key of Object.keys(CATALOGS.en)) expect(placeholders(lang, key), key).toEqual(placeholders('en', key));
    }
  });

  it('write each key in one area file only', () => {
    for (const areas of [EN_AREAS, PT_BR_AREAS]) {
      const keys = areas.flatMap((area) => Object.keys(area));
      expect(keys.length).toBe(new Set(keys).size);
    }
  });

  it('keep the card texts plain: a template shows them exactly as the bot does', () => {
    for (const lang of LANGS) {
      const tr = translator(lang);
      for (const [key, text] of Object.entries(CATALOGS[lang]).filter(([k]) => k.startsWith('card.')))
        expect(tr.t(key as keyof typeof CATALOGS.en), key).toBe(text);
    }
  });

  it('are translated: a Portuguese text equal to the English one is a deliberate exception', () => {
    const untranslated = Object.entries(CATALOGS.en)
      .filter(
        ([key, entry]) =>
          JSON.stringify(CATALOGS['pt-BR'][key as keyof typeof CATALOGS.en]) === JSON.stringify(entry) &&
          !SAME_IN_BOTH.has(key),
      )
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it("use Control Hub's own terms in Portuguese", () => {
    const pt = translator('pt-BR');
    expect(pt.t('tier.standard')).toBe('Agente Padrão');
    expect(pt.t('tier.premium')).toBe('Agente Premium');
    expect(pt.t('role.administrator')).toBe('Administrador');
    expect(pt.t('mode.add')).toBe('Adicionar serviços apenas');
    expect(pt.t('mode.add-remove')).toBe('Adicionar e remover serviços');
    expect(pt.t('sync.steps.3')).toContain('Sincronizar Usuário');
  });

  it("fill parameters, choose plurals, and write numbers, times and lists the reader's way", () => {
    const en = translator('en');
    const pt = translator('pt-BR');
    expect(en.t('summary.failedHeadline', { job: 'job-1', count: 1 })).toBe('Job job-1 finished, but 1 user failed');
    expect(en.t('summary.failedHeadline', { job: 'job-1', count: 2 })).toBe('Job job-1 finished, but 2 users failed');
    expect(pt.t('summary.failedHeadline', { job: 'job-1', count: 2 })).toBe(
      'Tarefa job-1 terminada, mas 2 usuários falharam',
    );
    expect(en.t('csv.tooManyRows', { rows: 20001, max: 20000 })).toContain('20,001 user rows');
    expect(pt.t('csv.tooManyRows', { rows: 20001, max: 20000 })).toContain('20.001 linhas de usuários');
    const at = Date.UTC(2026, 10, 25, 14, 5, 9);
    expect(en.time(at)).toBe('Nov 25, 2026, 2:05:09 PM UTC');
    expect(pt.time(at)).toBe('25 de nov. de 2026, 14:05:09 UTC');
    expect(pt.list(['Agente Padrão', 'Agente Premium'])).toBe('Agente Padrão e Agente Premium');
    // A message inside a message is rendered in the same language.
    expect(pt.m({ key: 'plan.noLicense', params: { tier: { key: 'tier.premium' } } })).toBe(
      'Esta organização não tem licenças de Agente Premium.',
    );
    expect(() => en.t('summary.failedHeadline', { count: 1 })).toThrow(/needs the parameter "job"/);
  });

  it('know the languages by the names administrators type', () => {
    expect(parseLang('pt-BR')).toBe('pt-BR');
    expect(parseLang('português')).toBe('pt-BR');
    expect(parseLang('EN')).toBe('en');
    expect(parseLang('klingon')).toBeUndefined();
  });
});

/** Data for each card, as the bot gives it, with every optional part present. */
const SAMPLE_DATA: Record<string, (tr: Translator) => object> = {
  help: () => ({
    botName: 'Bot',
    commands: [{ name: 'add', summary: 'Adds', example: '@Bot add' }],
    note: 'This space acts for Acme and Globex.',
  }),
  licenses: () => ({
    rows: [
      { label: 'Standard Agent', seats: '1 free of 2 (1 in use)', bySubscription: 'Standard Agent by subscription: a' },
    ],
    full: 'No free seats',
  }),
  'add-users': () => ({
    title: 'Add',
    intro: 'Up to 25 users',
    mode: 'emails',
    entries: '',
    role: 'agent',
    roles: [{ value: 'agent', title: 'Premium Agent (Agent)' }],
    roleNote: 'For a Supervisor',
    kind: 'add',
    welcomeTitle: 'Ask Webex to send activation emails',
    agent: {
      shown: true,
      problem: 'p',
      card: 'add',
      notes: ['n'],
      teamsPlaceholder: 'Leave as is',
      values: { site: 's', teams: 't', desktopProfile: 'd', multimediaProfile: 'keep', skillProfile: 'keep' },
      presets: { site: 's', teams: 't', desktopProfile: 'd', multimediaProfile: '', skillProfile: '' },
      siteChoices: [{ title: 'São Paulo', value: 's' }],
      teamChoices: [{ title: 'Vendas', value: 't' }],
      desktopProfileChoices: [{ title: 'Padrão', value: 'd' }],
      multimediaProfileChoices: [{ title: 'Leave as is', value: 'keep' }],
      skillProfileChoices: [{ title: 'Leave as is', value: 'keep' }],
    },
  }),
  preview: () => ({
    title: 'Preview',
    subtitle: 'Role',
    jobId: 'job-1',
    sections: [{ title: 'S', lines: ['l'] }],
    seats: [{ title: 'Seats', value: '1' }],
    warnings: ['w'],
    notes: ['n'],
    canConfirm: true,
    confirmLabel: 'Confirm',
    canRetry: true,
    retry: { action: 'users.preview', entries: 'carla@x.com', namesFromAddress: 'true' },
    retryLabel: 'Again',
  }),
  summary: () => ({
    headline: 'Job',
    byline: 'by',
    created: '1',
    updated: '0',
    unchanged: '0',
    failed: '1',
    failures: [{ email: 'a@x.com', reason: 'r', advice: 'a', trackingId: 't' }],
    sections: [{ title: 'S', lines: ['l'] }],
    notes: ['n'],
    sync: 'Contact Center: 1 synced',
  }),
  'import-mode': () => ({ title: 'file.csv', ignored: 'Calling', uploadId: 'u' }),
  'sync-manual': () => ({ headline: 'h', intro: 'i', steps: '1. a\n2. b', meanwhile: 'm', runId: 'sync-1' }),
  'orgs-choose': () => ({
    intro: 'Which one?',
    first: 'acme',
    orgs: [
      { key: 'acme', name: 'Acme' },
      { key: 'globex', name: 'Globex' },
    ],
    command: 'add',
    files: '[]',
  }),
  'sync-settings': () => ({
    headline: 'h',
    intro: 'i',
    users: '- **a@x.com**: missing site. r',
    defaults: 'd',
    byHand: 'b',
    runId: 'sync-1',
  }),
  'sync-supervisor': () => ({ headline: 'h', intro: 'i', users: '- a@x.com', steps: '1. a\n2. b', runId: 'sync-1' }),
  'sync-alert': () => ({
    headline: 'h',
    intro: 'i',
    origin: 'job',
    requestedBy: 'a@x.com',
    raisedAt: 'now',
    alertId: 'alert-1',
    users: '- **a@x.com**: reason',
    tried: '- t',
    steps: '1. s',
    supportText: 'text',
  }),
};

describe('the cards', () => {
  const cards = readdirSync(CARDS_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''));

  it('take every word from the catalog: each card renders, complete and valid, in every language', () => {
    expect(cards.sort()).toEqual(Object.keys(SAMPLE_DATA).sort());
    for (const lang of LANGS) {
      const tr = translator(lang);
      for (const name of cards) {
        const card = renderCard(name, tr, SAMPLE_DATA[name]!(tr));
        expect(cardProblems(card), `${name} (${lang})`).toEqual([]);
      }
    }
    // No card holds a word of its own: every text is a binding.
    for (const name of cards) {
      const template = readFileSync(`${CARDS_DIR}${name}.json`, 'utf8');
      const literals = [...template.matchAll(/"(?:text|title|label|placeholder)": "([^"$]*[A-Za-z][^"]*)"/g)]
        .map((m) => m[1])
        .filter((t) => !t!.includes('${'));
      expect(
        literals.filter((t) => !/@example\.com/.test(t!)),
        name,
      ).toEqual([]);
    }
  });

  it('refuse to render with a text missing from the catalog', () => {
    class Missing extends Translator {
      override cardTexts(): Record<string, unknown> {
        const texts = super.cardTexts() as { summary: Record<string, string> };
        delete texts.summary.created;
        return texts;
      }
    }
    const lang: Lang = 'pt-BR';
    expect(() => renderCard('summary', new Missing(lang), SAMPLE_DATA.summary!(translator(lang)))).toThrow(
      /unresolved binding \$\{\$root\.t\.summary\.created\}/,
    );
  });
});
