import type { MessageFormatElement, TYPE } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { en, type MsgKey } from './en.js';
import { escapeMarkdown } from './escape-markdown.js';
import { isMsg, type Msg, type MsgParam } from './msg.js';
import { ptBR } from './pt-br.js';

export type Lang = 'en' | 'pt-BR';
export const LANGS: readonly Lang[] = ['en', 'pt-BR'];

export const CATALOGS: Record<Lang, Record<MsgKey, string>> = { en, 'pt-BR': ptBR };

/** The language a person names ("pt-BR", "pt", "português", "en", "inglês"...), or undefined. */
export function parseLang(value: string): Lang | undefined {
  const v = value.trim().toLowerCase().replace('_', '-');
  if (['en', 'en-us', 'en-gb', 'english', 'inglês', 'ingles'].includes(v)) return 'en';
  if (['pt', 'pt-br', 'portuguese', 'português', 'portugues', 'brazilian'].includes(v)) return 'pt-BR';
  return undefined;
}

// The element kinds of the parsed message (TYPE in @formatjs/icu-messageformat-parser), spelled out
// because that enum is only a declaration there, not something this package may import at run time.
export const LITERAL = 0 as TYPE.literal;
export const ARGUMENT = 1 as TYPE.argument;
export const NUMBER = 2 as TYPE.number;
const DATE = 3 as TYPE.date;
const TIME = 4 as TYPE.time;
export const SELECT = 5 as TYPE.select;
export const PLURAL = 6 as TYPE.plural;
export const TAG = 8 as TYPE.tag;

/** A catalog text parsed once, with what its parameters must be. */
export interface CompiledMessage {
  format: IntlMessageFormat;
  /** Every parameter the text uses, in plural branches too. */
  params: ReadonlySet<string>;
  /** The parameters that choose a plural (or are ICU numbers): they must be numbers. */
  counts: ReadonlySet<string>;
  /** The parameters written inside a code span (`{job}`): markdown escapes would show there. */
  inCode: ReadonlySet<string>;
}

/** The parameters of a parsed message: all of them, and those that are counts. */
export function messageParams(elements: MessageFormatElement[]): { params: Set<string>; counts: Set<string> } {
  const params = new Set<string>();
  const counts = new Set<string>();
  const walk = (els: MessageFormatElement[]): void => {
    for (const el of els) {
      if (el.type === TAG) walk(el.children);
      else if (el.type === ARGUMENT || el.type === DATE || el.type === TIME || el.type === SELECT) params.add(el.value);
      else if (el.type === NUMBER || el.type === PLURAL) {
        params.add(el.value);
        counts.add(el.value);
      }
      if (el.type === PLURAL || el.type === SELECT) for (const option of Object.values(el.options)) walk(option.value);
    }
  };
  walk(elements);
  return { params, counts };
}

/**
 * ICU prints a plain `{total}` with String(), not in the locale's digits; where a count also appears
 * plain beside its plural, that plain use becomes an ICU number so it reads "1,234" like the rest.
 */
function countsAsNumbers(els: MessageFormatElement[], counts: ReadonlySet<string>): void {
  for (const [i, el] of els.entries()) {
    if (el.type === ARGUMENT && counts.has(el.value)) els[i] = { ...el, type: NUMBER, style: null };
    else if (el.type === PLURAL || el.type === SELECT)
      for (const option of Object.values(el.options)) countsAsNumbers(option.value, counts);
  }
}

const compiled: Record<Lang, Map<string, CompiledMessage>> = { en: new Map(), 'pt-BR': new Map() };

/** The compiled catalog text of a key (parsed on first use, then kept), or undefined for a key it lacks. */
export function compiledMessage(lang: Lang, key: string): CompiledMessage | undefined {
  const cache = compiled[lang];
  const known = cache.get(key);
  if (known) return known;
  const catalog: Record<string, string> = CATALOGS[lang];
  if (!Object.hasOwn(catalog, key)) return undefined;
  // `<email>` and `<id>` in the texts are words, not markup.
  const options = { ignoreTag: true };
  const parsed = new IntlMessageFormat(catalog[key]!, lang, undefined, options);
  const ast = parsed.getAst();
  const { params, counts } = messageParams(ast);
  countsAsNumbers(ast, counts);
  const inCode = new Set<string>();
  for (const span of catalog[key]!.matchAll(/`[^`]*`/g))
    for (const arg of span[0].matchAll(/\{(\w+)\}/g)) inCode.add(arg[1]!);
  const message = { format: new IntlMessageFormat(ast, lang, undefined, options), params, counts, inCode };
  cache.set(key, message);
  return message;
}

/**
 * Renders catalog texts (ICU messages) in one language: parameters filled in (numbers, times and lists
 * in the language's format; nested messages rendered in the same language), plurals chosen by their
 * count. In `t`, a missing key or parameter is a bug and throws; `m` renders messages that an older
 * catalog may have written, so it shows one it cannot render as its key and parameters instead.
 */
export class Translator {
  private readonly numbers: Intl.NumberFormat;
  private readonly times: Intl.DateTimeFormat;
  private readonly lists: Intl.ListFormat;

  /**
   * `markdown` (messages and cards): every string parameter is data from a file, a card or Webex, and
   * is escaped so it can never become a mention, a link or emphasis. `plain` (files the bot writes,
   * text to copy): parameters as they are.
   */
  constructor(
    readonly lang: Lang,
    readonly format: 'markdown' | 'plain' = 'markdown',
  ) {
    this.numbers = new Intl.NumberFormat(lang);
    this.times = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });
    this.lists = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
  }

  t(key: MsgKey, params: Record<string, MsgParam> = {}): string {
    const text = this.render(key, params);
    if (typeof text !== 'string') throw new Error(text.problem);
    return text;
  }

  /**
   * A deferred message (or a text kept from before messages were deferred) in this language. Jobs,
   * audit rows and sync alerts keep their messages in the database, so a key renamed or a parameter
   * added since must not make `history` or `task` fail: such a message shows its key and parameters.
   */
  m(message: Msg | string | undefined): string {
    if (message === undefined) return '';
    if (typeof message === 'string') return message;
    const params = message.params ?? {};
    const text = this.render(message.key, params);
    if (typeof text === 'string') return text;
    const shown = Object.entries(params).map(([name, value]) => `${name}: ${this.param(value)}`);
    return shown.length > 0 ? `${message.key} (${shown.join(', ')})` : message.key;
  }

  number(n: number): string {
    return this.numbers.format(n);
  }

  /** A point in time, in UTC (what Webex support matches against its logs), in this locale. */
  time(ms: number): string {
    return `${this.times.format(new Date(ms))} UTC`;
  }

  list(items: string[]): string {
    return this.lists.format(items);
  }

  private render(key: string, params: Record<string, MsgParam>): string | { problem: string } {
    const message = compiledMessage(this.lang, key);
    if (!message) return { problem: `The ${this.lang} catalog has no message "${key}".` };
    const values: Record<string, string | number> = {};
    for (const name of message.params) {
      const value = params[name];
      if (value === undefined) return { problem: `The message "${key}" needs the parameter "${name}".` };
      if (message.counts.has(name)) {
        if (typeof value !== 'number') return { problem: `The message "${key}" needs a number for "${name}".` };
        values[name] = value;
      } else if (message.inCode.has(name) && typeof value === 'string' && this.format === 'markdown')
        // Inside a code span nothing is markup but a backtick, which would close it.
        values[name] = value.replace(/`/g, "'").replace(/[\r\n]+/g, ' ');
      else values[name] = this.param(value);
    }
    return message.format.format(values) as string;
  }

  /** The same language, rendering for files and copyable text (nothing escaped). */
  get plain(): Translator {
    return translator(this.lang, 'plain');
  }

  private param(value: MsgParam): string {
    if (typeof value === 'string') return this.format === 'markdown' ? escapeMarkdown(value) : value;
    if (typeof value === 'object' && 'md' in value) return value.md;
    if (typeof value === 'number') return this.number(value);
    if (isMsg(value)) return this.m(value);
    if ('at' in value) return this.time(value.at);
    return this.list(value.list.map((v) => this.param(v)));
  }

  /**
   * The card texts of this language as nested data for templates: `card.summary.created` becomes
   * `${$root.t.summary.created}`. Cards never hold words of their own, and these texts are plain,
   * never ICU: a template shows them as they are written.
   */
  cardTexts(): Record<string, unknown> {
    const root: Record<string, unknown> = {};
    for (const [key, text] of Object.entries(CATALOGS[this.lang])) {
      if (!key.startsWith('card.')) continue;
      const path = key.slice('card.'.length).split('.');
      let node = root;
      for (const part of path.slice(0, -1)) {
        node[part] ??= {};
        node = node[part] as Record<string, unknown>;
      }
      node[path.at(-1)!] = text;
    }
    return root;
  }
}

const translators = new Map<string, Translator>();

export function translator(lang: Lang, format: 'markdown' | 'plain' = 'markdown'): Translator {
  const key = `${lang}/${format}`;
  let t = translators.get(key);
  if (!t) {
    t = new Translator(lang, format);
    translators.set(key, t);
  }
  return t;
}
