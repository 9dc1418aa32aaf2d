/**
 * A text to show, not yet in a language: a catalog key and its parameters. The domain (planner,
 * executor, CSV reader) returns these; the conversation renders them in the reader's language, so a
 * reason stored with a job reads right for whoever looks at it later.
 */
import type { MsgKey } from './en.js';

export interface Msg {
  key: MsgKey;
  params?: Record<string, MsgParam>;
}

/** A point in time, shown in the reader's locale. */
export interface MsgTime {
  at: number;
}

/** A list of texts, joined the way the reader's language joins lists. */
export interface MsgList {
  list: MsgParam[];
}

/**
 * Markdown the bot itself wrote (a rendered catalog text, a link it built), passed on as it is. Every
 * plain string parameter is data and is escaped; this is the one way to hand on markup.
 */
export interface MsgMarkdown {
  md: string;
}

export type MsgParam = string | number | Msg | MsgTime | MsgList | MsgMarkdown;

export function md(markdown: string): MsgMarkdown {
  return { md: markdown };
}

export function msg(key: MsgKey, params?: Record<string, MsgParam>): Msg {
  return params ? { key, params } : { key };
}

export function isMsg(value: unknown): value is Msg {
  return typeof value === 'object' && value !== null && typeof (value as Msg).key === 'string';
}
