import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { csvLine, UTF8_BOM } from '../../csv/write-csv.js';
import { escapeMarkdown } from '../../i18n/escape-markdown.js';
import { type Msg, md, msg } from '../../i18n/msg.js';
import type { Translator } from '../../i18n/translate.js';
import { describeAgent } from '../agent-plan.js';
import { describeChange, type PlannedUser } from '../plan.js';

/** What a preview line says about a user: the change of access, and the Contact Center settings applied. */
export function changeWithAgent(u: PlannedUser): Msg {
  const change = describeChange(u);
  const agent = describeAgent(u);
  return agent ? msg('preview.line.agent', { change, agent }) : change;
}

/** How many lines a preview section shows before it points to the plan file. */
export const SECTION_LINES = 30;

export function isRemoval(u: PlannedUser): boolean {
  return (
    !!u.before && ((u.before.tier !== 'none' && u.after.tier === 'none') || (u.before.fullAdmin && !u.after.fullAdmin))
  );
}

/**
 * What the preview of a large file needs, gathered user by user: counts, the first lines of each
 * section, and the full plan written to a file (in the requester's language: the admin reads it).
 */
export class PreviewTally {
  readonly path: string;
  readonly counts = { create: 0, update: 0, unchanged: 0, blocked: 0, removals: 0 };
  readonly sections = {
    removals: [] as string[],
    create: [] as string[],
    update: [] as string[],
    blocked: [] as string[],
  };
  truncated = false;
  /** Whether some user gets a setting from the organisation's defaults (the preview explains the mark). */
  fromDefaults = false;
  private readonly fd: number;

  constructor(
    private readonly tr: Translator,
    dir: string,
    jobId: string,
  ) {
    mkdirSync(dir, { recursive: true });
    this.path = join(dir, `${jobId}-plan.csv`);
    this.fd = openSync(this.path, 'w');
    const h = (key: 'row' | 'email' | 'action' | 'change') => tr.t(`results.header.${key}`);
    writeSync(this.fd, `${UTF8_BOM}${csvLine([h('row'), h('email'), h('action'), h('change')])}`);
  }

  add(u: PlannedUser): void {
    const { tr } = this;
    const change = u.action === 'blocked' ? u.reason : changeWithAgent(u);
    // The card's line is markdown (the address escaped); the plan file holds the plain words.
    const bare = `${escapeMarkdown(u.email)}: ${tr.m(change)}`;
    const line = u.source ? tr.t('preview.line.row', { row: String(u.source.row), line: md(bare) }) : bare;
    const plain = tr.plain;
    const row = [String(u.source?.row ?? ''), u.email, plain.t(`action.${u.action}`), plain.m(change)];
    writeSync(this.fd, csvLine(row));
    if (u.agentFromDefaults && u.action !== 'blocked') this.fromDefaults = true;
    const removal = u.action === 'update' && isRemoval(u);
    if (removal) this.counts.removals += 1;
    if (u.action === 'unchanged') {
      this.counts.unchanged += 1;
      return;
    }
    this.counts[u.action] += 1;
    const section = removal ? this.sections.removals : this.sections[u.action];
    if (section.length < SECTION_LINES) section.push(line);
    else this.truncated = true;
  }

  close(): void {
    closeSync(this.fd);
  }
}
