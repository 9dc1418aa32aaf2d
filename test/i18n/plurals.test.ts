import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import type { MsgKey } from '../../src/i18n/en.js';
import { type MsgParam, msg } from '../../src/i18n/msg.js';
import {
  ARGUMENT,
  CATALOGS,
  compiledMessage,
  LANGS,
  type Lang,
  LITERAL,
  NUMBER,
  PLURAL,
  SELECT,
  TAG,
  translator,
} from '../../src/i18n/translate.js';

/**
 * Every catalog message with a count, in both languages, at 0, 1 and 2: it renders, it never leans on
 * a plural crutch ("usuário(s)"), and a number agrees with the words beside it ("1 of 1 users" and
 * "0 livres, 1 necessárias" are what this test is for).
 */

const KEYS = (Object.keys(CATALOGS.en) as MsgKey[]).filter((key) =>
  LANGS.some((lang) => compiledMessage(lang, key)!.counts.size > 0),
);

/** The counts of a key in either language (both must take the same parameters). */
const countsOf = (key: MsgKey): string[] => [...new Set(LANGS.flatMap((l) => [...compiledMessage(l, key)!.counts]))];

/**
 * The other parameters, in three shapes the bot really passes: a plain string, a nested message and a
 * list. None holds a digit, so every digit in a rendered text is a count.
 */
const SHAPES: ((name: string) => MsgParam)[] = [
  (name) => `Ana ${name}`,
  () => msg('tier.premium'),
  () => ({ list: ['Ana Souza', 'Bruno Lima'] }),
];

/** A count at `value`, every other count at 7 (a number no plural rule singles out). */
function params(key: MsgKey, shape: (name: string) => MsgParam, count: string, value: number) {
  const all: Record<string, MsgParam> = {};
  for (const lang of LANGS) for (const name of compiledMessage(lang, key)!.params) all[name] = shape(name);
  for (const name of countsOf(key)) all[name] = name === count ? value : 7;
  return all;
}

/** Plural crutches: "usuário(s)", "sincronização(ões)", "email(s)", "nova(s)", "o(a)". */
const CRUTCH = /\p{L}\((?:s|es|ões|ns|is|a|as|os)\)/iu;

/** The text with its numbers blurred (no sample holds a digit), to compare the words around them. */
const blur = (text: string): string => text.replace(/\d+/g, 'N');

/**
 * Whether a word right after a count reads the same for any number. English inflects only nouns and a
 * few verbs by number ("1 users", "2 is", "1 have"): adjectives, participles and modals are the same
 * ("1 ready", "2 cannot be done"). Portuguese inflects nouns and adjectives too ("1 necessárias"), so
 * only its prepositions and adverbs are safe there.
 */
const INVARIANT_PT = new Set(['de', 'do', 'da', 'e', 'ou', 'a', 'em', 'por', 'para', 'até', 'não', 'já', 'sem', 'com']);
const AGREES_EN = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'does', 'do']);
const invariant = (lang: Lang, word: string): boolean =>
  lang === 'en'
    ? !AGREES_EN.has(word) && !(/s$/.test(word) && !['this', 'its', 'as', 'plus', 'thus'].includes(word))
    : INVARIANT_PT.has(word);

/**
 * Each count printed outside a plural of its own, with the words right after it. A count of the other
 * language only (a plain `{free}` in English, a plural in Portuguese) is a plain argument here.
 */
function bareCounts(
  els: MessageFormatElement[],
  counts: string[],
  inPluralOf: string[] = [],
): { count: string; word: string }[] {
  const found: { count: string; word: string }[] = [];
  els.forEach((el, i) => {
    if ((el.type === NUMBER || el.type === ARGUMENT) && counts.includes(el.value) && !inPluralOf.includes(el.value)) {
      const next = els[i + 1];
      // Two words: "1 more lines" disagrees on its second.
      const words = next?.type === LITERAL ? /^\s+(\p{L}+)(?:\s+(\p{L}+))?/u.exec(next.value) : null;
      for (const word of words?.slice(1) ?? []) if (word) found.push({ count: el.value, word });
    }
    if (el.type === TAG) found.push(...bareCounts(el.children, counts, inPluralOf));
    if (el.type === PLURAL || el.type === SELECT)
      for (const option of Object.values(el.options))
        found.push(...bareCounts(option.value, counts, el.type === PLURAL ? [...inPluralOf, el.value] : inPluralOf));
  });
  return found;
}

/** Whether the text of a key in a language chooses words by this count. */
function hasPluralOf(els: MessageFormatElement[], count: string): boolean {
  return els.some((el) => {
    if (el.type === TAG) return hasPluralOf(el.children, count);
    if (el.type === PLURAL && el.value === count) return true;
    if (el.type !== PLURAL && el.type !== SELECT) return false;
    return Object.values(el.options).some((o) => hasPluralOf(o.value, count));
  });
}

describe('every message with a count, at 0, 1 and 2 in both languages', () => {
  it('is found in the catalogs', () => {
    expect(KEYS).toEqual(expect.arrayContaining(['bot.more', 'template.capacity']));
  });

  it.each(KEYS)('%s', (key) => {
    const problems: string[] = [];
    for (const lang of LANGS) {
      const tr = translator(lang);
      const source = CATALOGS[lang][key];
      if (CRUTCH.test(source)) problems.push(`${lang}: a plural crutch in "${source}"`);
      const ast = compiledMessage(lang, key)!.format.getAst();
      for (const { count, word } of bareCounts(ast, countsOf(key)))
        if (!invariant(lang, word))
          problems.push(`${lang}: {${count}} is followed by "${word}" outside a plural of its own`);
      for (const count of countsOf(key))
        for (const shape of SHAPES) {
          const [zero, one, two] = [0, 1, 2].map((n) => {
            try {
              return tr.t(key, params(key, shape, count, n));
            } catch (error) {
              problems.push(`${lang} ${count}=${n}: ${(error as Error).message}`);
              return '';
            }
          });
          for (const text of [zero!, one!, two!])
            if (/[{}]/.test(text) || CRUTCH.test(text)) problems.push(`${lang}: renders as "${text}"`);
          if (!hasPluralOf(ast, count)) continue;
          // Singular for 1, plural for 0 and 2 ("0 users"; in Brazil "0 usuários", although CLDR's
          // Portuguese "one" also takes 0: the texts say =1).
          if (blur(one!) === blur(two!)) problems.push(`${lang}: ${count} = 1 reads like 2: "${one}"`);
          if (blur(zero!) !== blur(two!) && !/\b(no|nenhum|nenhuma|none)\b/i.test(zero!))
            problems.push(`${lang}: ${count} = 0 is not plural: "${zero}"`);
        }
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});

describe('the conversation texts with a count', () => {
  const sentences: [MsgKey, Record<string, MsgParam>, string, string][] = [
    ['bot.more', { count: 0 }, '…and 0 more lines.', '…e mais 0 linhas.'],
    ['bot.more', { count: 1 }, '…and 1 more line.', '…e mais 1 linha.'],
    ['bot.more', { count: 2 }, '…and 2 more lines.', '…e mais 2 linhas.'],
    ['bot.more', { count: 4206 }, '…and 4,206 more lines.', '…e mais 4.206 linhas.'],
    // template.capacity is only said of one team or more (the command refuses nothing else).
    [
      'template.capacity',
      { count: 1, teams: { list: ['Correio de voz'] } },
      "Nothing was changed: Correio de voz is a capacity-based team, and the Contact Center doesn't take agents in capacity-based teams. Choose agent-based teams.",
      'Nada foi alterado: Correio de voz é uma equipe baseada em capacidade, e o Contact Center não aceita agentes em equipes baseadas em capacidade. Escolha equipes baseadas em agentes.',
    ],
    [
      'template.capacity',
      { count: 2, teams: { list: ['Correio de voz', 'Caixa postal'] } },
      "Nothing was changed: Correio de voz and Caixa postal are capacity-based teams, and the Contact Center doesn't take agents in capacity-based teams. Choose agent-based teams.",
      'Nada foi alterado: Correio de voz e Caixa postal são equipes baseadas em capacidade, e o Contact Center não aceita agentes em equipes baseadas em capacidade. Escolha equipes baseadas em agentes.',
    ],
  ];

  it.each(sentences)('%s %o', (key, given, english, portuguese) => {
    expect(translator('en').t(key, given)).toBe(english);
    expect(translator('pt-BR').t(key, given)).toBe(portuguese);
  });
});
