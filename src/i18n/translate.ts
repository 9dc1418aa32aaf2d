import { type CatalogEntry, en, type MsgKey } from './en.js';
import { isMsg, type Msg, type MsgParam } from './msg.js';
import { ptBR } from './pt-br.js';

export type Lang = 'en' | 'pt-BR';
export const LANGS: readonly Lang[] = ['en', 'pt-BR'];

export const CATALOGS: Record<Lang, Record<MsgKey, CatalogEntry>> = { en, 'pt-BR': ptBR };

/** The language a person names ("pt-BR", "pt", "português", "en", "inglês"...), or undefined. */
export function parseLang(value: string): Lang | undefined {
  const v = value.trim().toLowerCase().replace('_', '-');
  if (['en', 'en-us', 'en-gb', 'english', 'inglês', 'ingles'].includes(v)) return 'en';
  if (['pt', 'pt-br', 'portuguese', 'português', 'portugues', 'brazilian'].includes(v)) return 'pt-BR';
  return undefined;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Renders catalog texts in one language: placeholders `{name}` filled from parameters (numbers, times
 * and lists in the language's format; nested messages rendered in the same language), plural entries
 * chosen by the `count` parameter. A missing key or parameter is a bug and throws.
 */
export class Translator {
  private readonly numbers: Intl.NumberFormat;
  private readonly times: Intl.DateTimeFormat;
  private readonly lists: Intl.ListFormat;

  constructor(readonly lang: Lang) {
    this.numbers = new Intl.NumberFormat(lang);
    this.times = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });
    this.lists = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
  }

  t(key: MsgKey, params: Record<string, MsgParam> = {}): string {
    const entry = CATALOGS[this.lang][key];
    if (entry === undefined) throw new Error(`The ${this.lang} catalog has no message "${key}".`);
    const template = typeof entry === 'string' ? entry : params.count === 1 ? entry.one : entry.other;
    return template.replace(PLACEHOLDER, (_, name: string) => {
      if (!(name in params)) throw new Error(`The message "${key}" needs the parameter "${name}".`);
      return this.param(params[name]!);
    });
  }

  /** A deferred message (or a text kept from before messages were deferred) in this language. */
  m(message: Msg | string | undefined): string {
    if (message === undefined) return '';
    return typeof message === 'string' ? message : this.t(message.key as MsgKey, message.params);
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

  private param(value: MsgParam): string {
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return this.number(value);
    if (isMsg(value)) return this.m(value);
    if ('at' in value) return this.time(value.at);
    return this.list(value.list.map((v) => this.param(v)));
  }

  /**
   * The card texts of this language as nested data for templates: `card.summary.created` becomes
   * `${$root.t.summary.created}`. Cards never hold words of their own.
   */
  cardTexts(): Record<string, unknown> {
    const root: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(CATALOGS[this.lang])) {
      if (!key.startsWith('card.') || typeof entry !== 'string') continue;
      const path = key.slice('card.'.length).split('.');
      let node = root;
      for (const part of path.slice(0, -1)) {
        node[part] ??= {};
        node = node[part] as Record<string, unknown>;
      }
      node[path.at(-1)!] = entry;
    }
    return root;
  }
}

const translators = new Map<Lang, Translator>();

export function translator(lang: Lang): Translator {
  let t = translators.get(lang);
  if (!t) {
    t = new Translator(lang);
    translators.set(lang, t);
  }
  return t;
}
