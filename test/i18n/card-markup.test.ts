import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARDS_DIR, renderCard } from '../../src/bot/cards.js';
import type { MsgKey } from '../../src/i18n/en.js';
import type { MsgParam } from '../../src/i18n/msg.js';
import { CATALOGS, compiledMessage, LANGS, type Lang, translator } from '../../src/i18n/translate.js';

/**
 * Webex draws only bold, italic, links and lists in card text (developer.webex.com "Buttons and
 * Cards": Adaptive Cards 1.3 TextBlock markdown): `code` shows its backticks, and a raw < or > may be
 * taken for markup and eaten. So no text a card shows holds either, in any language: the fixed words
 * (`card.*`), and the catalog texts the bot puts in each card, rendered into the card itself.
 */

const BAD = /[`<>]/;

/**
 * The catalog texts each card is given, read off the code that builds it (commands/help.ts,
 * commands/licenses.ts, flows/users.ts, flows/*-preview-card.ts, job-reporter.ts, sync-reporter.ts,
 * sync-messages.ts, flows/imports.ts). Texts of the same areas that go only into plain messages (the
 * fallbacks, the replies to a button) may use inline code and are left out.
 */
const FED: Record<string, RegExp> = {
  help: /^(cmd\.[a-z]+\.(summary|example)|orgs\.helpNote)$/,
  licenses: /^(licenses\.|tier\.)/,
  'add-users': /^(users\.(title|agent|welcome)|role\.|tier\.|mode\.)/,
  preview:
    /^(preview\.(?!fallback|planFile|moreInCard)|plan\.|change\.|advice\.|access\.|agent\.(part|line|join|warn|unknown|field|defaultMissing|unreadable)|entries\.)/,
  summary:
    /^(summary\.(?!fallback|moreFallback|failedLine)|outcome\.|exec\.|error\.|credential\.failed|sync\.line\.|sync\.tally\.|sync\.state\.)/,
  'import-mode': /^importMode\./,
  'sync-alert':
    /^(sync\.alert\.(?!closed|busy|retrying|confirmDismiss|dismissed)|sync\.(advice|tried|support|why|origin|state)\.|verify\.|profile\.)/,
  'sync-settings': /^sync\.(todo\.(?!noDefaults)|setting\.|field\.)/,
  'sync-supervisor': /^sync\.(supervisorTodo|supervisorSteps|supervisor)\./,
  'sync-manual': /^sync\.(manual|steps)\./,
  'orgs-choose': /^orgs\.choose$/,
};

/** Data for each card with every optional part present, every text in it being `x`. */
const DATA: Record<string, (x: string) => object> = {
  help: (x) => ({
    botName: 'Provisioning Bot',
    commands: [{ name: 'add', summary: x, example: `@Bot ${x}` }],
    note: x,
  }),
  licenses: (x) => ({ rows: [{ label: x, seats: x, warning: true, bySubscription: x }], full: x }),
  'add-users': (x) => ({
    title: x,
    welcomeTitle: x,
    kind: 'add',
    mode: 'emails',
    entries: '',
    role: 'agent',
    roles: [{ value: 'agent', title: x, explanation: x }],
    agent: {
      shown: true,
      problem: x,
      card: 'add',
      intro: x,
      notes: [x],
      teamsPlaceholder: x,
      values: { site: 's', teams: 't', desktopProfile: 'd', multimediaProfile: 'keep', skillProfile: 'keep' },
      presets: { site: 's', teams: 't', desktopProfile: 'd', multimediaProfile: '', skillProfile: '' },
      siteChoices: [{ title: x, value: 's' }],
      teamChoices: [{ title: x, value: 't' }],
      desktopProfileChoices: [{ title: x, value: 'd' }],
      multimediaProfileChoices: [{ title: x, value: 'keep' }],
      skillProfileChoices: [{ title: x, value: 'keep' }],
    },
  }),
  preview: (x) => ({
    title: x,
    subtitle: x,
    jobId: 'job-1a2b3c',
    sections: [{ title: x, lines: [x] }],
    seats: [{ title: x, value: x }],
    warnings: [x],
    notes: [x],
    canConfirm: true,
    confirmLabel: x,
  }),
  summary: (x) => ({
    headline: x,
    byline: x,
    created: '1',
    updated: '0',
    unchanged: '0',
    failed: '1',
    failures: [{ email: 'ana.souza@example.com', reason: x, advice: x, trackingId: x }],
    sections: [{ title: x, lines: [x] }],
    notes: [x],
    sync: x,
  }),
  'import-mode': (x) => ({ title: x, ignored: x, uploadId: 'u' }),
  'sync-manual': (x) => ({ headline: x, intro: x, steps: [x, x], meanwhile: x, runId: 'sync-1' }),
  'orgs-choose': (x) => ({ intro: x, first: 'acme', orgs: [{ key: 'acme', name: x }], command: x, files: '[]' }),
  'sync-settings': (x) => ({ headline: x, intro: x, users: [x], defaults: x, byHand: x, runId: 'sync-1' }),
  'sync-supervisor': (x) => ({ headline: x, intro: x, users: [x], steps: [x, x], runId: 'sync-1' }),
  'sync-alert': (x) => ({
    headline: x,
    intro: x,
    orgUuid: 'o',
    origin: x,
    requestedBy: 'ana.souza@example.com',
    alertId: 'alert-1',
    alertFact: x,
    users: [{ line: x, ids: x, trackingIds: x }],
    tried: [x],
    steps: [x],
    supportText: x,
  }),
};

/** Sample parameters: words for data, 2 for counts (what an admin sees most). */
function sampleParams(lang: Lang, key: MsgKey): Record<string, MsgParam> {
  const message = compiledMessage(lang, key)!;
  const params: Record<string, MsgParam> = {};
  for (const name of message.params) params[name] = message.counts.has(name) ? 2 : `Ana ${name}`;
  return params;
}

/** Every text a card shows: TextBlocks, FactSet titles and values, TextRuns. */
function cardTexts(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) cardTexts(item, found);
  else if (node && typeof node === 'object') {
    const el = node as Record<string, unknown>;
    if ((el.type === 'TextBlock' || el.type === 'TextRun') && typeof el.text === 'string') found.push(el.text);
    if (el.type === 'FactSet' && Array.isArray(el.facts))
      for (const fact of el.facts as { title: string; value: string }[]) found.push(fact.title, fact.value);
    for (const value of Object.values(el)) cardTexts(value, found);
  }
  return found;
}

const CARDS = readdirSync(CARDS_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

describe('card text holds no backticks and no raw angle brackets', () => {
  it('knows what goes into every card', () => {
    expect(CARDS.sort()).toEqual(Object.keys(DATA).sort());
    expect(Object.keys(FED).sort()).toEqual(Object.keys(DATA).sort());
  });

  it.each(LANGS)('the fixed card words (card.*) in %s', (lang) => {
    const bad = Object.entries(CATALOGS[lang]).filter(([key, text]) => key.startsWith('card.') && BAD.test(text));
    expect(bad).toEqual([]);
  });

  // Each card rendered once per catalog text it is given, in each language: data escaped as the bot
  // escapes it can never add one (escapeMarkdown writes &lt;), so what is found is the catalog's.
  const cases = CARDS.flatMap((card) => LANGS.map((lang) => [card, lang] as const));
  it.each(cases)('%s in %s', (card, lang) => {
    const tr = translator(lang);
    const keys = (Object.keys(CATALOGS.en) as MsgKey[]).filter((k) => FED[card]!.test(k));
    const problems: string[] = [];
    for (const key of ['', ...keys]) {
      const text = key ? tr.t(key as MsgKey, sampleParams(lang, key as MsgKey)) : 'Ana';
      const rendered = renderCard(card, tr, DATA[card]!(text));
      for (const shown of cardTexts(rendered)) if (BAD.test(shown)) problems.push(`${key || 'template'}: ${shown}`);
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});
