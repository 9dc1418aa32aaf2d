import { describe, expect, it } from 'vitest';
import { summaryCard, syncTodo } from '../../src/bot/job-reporter.js';
import type { JobCheck } from '../../src/contact-center/sync-engine.js';
import { type Lang, translator } from '../../src/i18n/translate.js';
import type { JobRow, RecordRow } from '../../src/jobs/ports.js';

const job = (over: Partial<JobRow> = {}): JobRow => ({
  id: 'job-10e78d',
  kind: 'users',
  state: 'done',
  roomId: 'room',
  threadId: 'thread',
  previewMessageId: undefined,
  progressMessageId: undefined,
  progressEdits: 0,
  requestedBy: 'alice@acme.example.com',
  confirmedBy: 'bruno@acme.example.com',
  createdAt: '2026-12-01T10:00:00Z',
  confirmedAt: undefined,
  finishedAt: undefined,
  role: 'supervisor',
  welcomeEmail: false,
  catalogue: {} as JobRow['catalogue'],
  seats: [],
  notes: [],
  cancelRequested: false,
  ...over,
});

const record = (email: string, outcome: RecordRow['outcome'], row: number): RecordRow => ({
  jobId: 'job-10e78d',
  seq: row,
  email,
  action: outcome === 'unchanged' ? 'unchanged' : 'update',
  before: { tier: 'standard', fullAdmin: false },
  after: { tier: 'premium', fullAdmin: false },
  supervisor: false,
  source: { row, cells: [] },
  state: 'done',
  attempts: 1,
  outcome,
  result: { outcome: outcome ?? 'failed' },
});

/** What the card shows, as text blocks and facts in order. */
function shown(card: Record<string, unknown>): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'TextBlock') out.push(String(n.text));
      if (n.type === 'FactSet')
        for (const f of n.facts as { title: string; value: string }[]) out.push(`${f.title}: ${f.value}`);
      walk(n.body);
      walk(n.items);
    }
  };
  walk(card);
  return out;
}

const check = (counts: Partial<JobCheck['counts']>, final = true): JobCheck =>
  ({
    run: {} as JobCheck['run'],
    counts: { total: 1, synced: 0, pending: 0, needsSettings: 0, invalid: 0, ...counts },
    supervisors: [],
    final,
  }) as JobCheck;

describe('the summary of a job', () => {
  it('counts the unchanged users of a 15-row import instead of listing them', () => {
    const tr = translator('en');
    const counts = { total: 15, done: 15, created: 0, updated: 1, unchanged: 14, failed: 0 };
    const listed = { failed: [], created: [], updated: [record('ana@acme.example.com', 'updated', 2)] };
    const { card, fallback } = summaryCard(
      tr,
      job({ kind: 'import', role: undefined, filename: 'users-edited.csv', mode: 'add' }),
      counts,
      [],
      false,
      listed,
      undefined,
    );
    const texts = shown(card);
    expect(texts[0]).toBe('Job job-10e78d finished with no failures');
    expect(texts).toContain('Unchanged: 14');
    expect(texts).toContain('ana@acme.example.com: Standard Agent → Premium Agent');
    expect(texts.filter((t) => t.includes('@acme.example.com:'))).toHaveLength(1);
    // An import has no role: the file and the mode instead.
    expect(texts).toContain(
      'File users-edited.csv, Add services only. Asked by alice@acme.example.com, confirmed by bruno@acme.example.com.',
    );
    expect(fallback).toMatch(
      /^\*\*Job job-10e78d finished with no failures\*\*\. In all: 1 updated and 14 unchanged\./,
    );
  });

  it.each<[Lang, string, string]>([
    [
      'en',
      'Job job-10e78d finished with no failures, but the Contact Center still needs something from you',
      'Chosen on the card: Premium Agent (Supervisor). Asked by alice@acme.example.com, confirmed by bruno@acme.example.com.',
    ],
    [
      'pt-BR',
      'Tarefa job-10e78d terminada sem falhas, mas o Contact Center ainda precisa de algo de você',
      'Escolha do cartão: Agente Premium (Supervisor). Pedido por alice@acme.example.com, confirmado por bruno@acme.example.com.',
    ],
  ])(
    'in %s, never says all is done while the Contact Center still has a to-do, and names the role chosen',
    (lang, headline, byline) => {
      const tr = translator(lang);
      const counts = { total: 1, done: 1, created: 1, updated: 0, unchanged: 0, failed: 0 };
      const todo = syncTodo(check({ needsSettings: 1 }));
      const { card } = summaryCard(
        tr,
        job(),
        counts,
        [],
        false,
        { failed: [], created: [], updated: [] },
        'line',
        todo,
      );
      expect(shown(card)[0]).toBe(headline);
      expect(shown(card)).toContain(byline);
    },
  );

  it('tells apart a finished check, one with a to-do, and one that goes on', () => {
    expect(syncTodo(check({ synced: 1 }))).toBe('none');
    expect(syncTodo(check({ pending: 1 }))).toBe('todo');
    expect(syncTodo(check({ invalid: 1 }))).toBe('todo');
    expect(syncTodo(check({ pending: 1 }, false))).toBe('checking');
  });

  it('says how many failed, in plain words', () => {
    const counts = { total: 2, done: 2, created: 0, updated: 0, unchanged: 0, failed: 2 };
    const none = { failed: [], created: [], updated: [] };
    expect(shown(summaryCard(translator('en'), job(), counts, [], false, none, undefined).card)[0]).toBe(
      'Job job-10e78d finished, but 2 users failed',
    );
    expect(shown(summaryCard(translator('pt-BR'), job(), counts, [], false, none, undefined).card)[0]).toBe(
      'Tarefa job-10e78d terminada, mas 2 usuários falharam',
    );
  });
});
