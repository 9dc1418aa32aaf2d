import { type ImportMode, modeLabel } from '../../csv/import-plan.js';
import { type Msg, msg } from '../../i18n/msg.js';
import type { Translator } from '../../i18n/translate.js';
import type { JobRow } from '../../jobs/ports.js';
import { tierLabel } from '../../provisioning/license-model.js';
import type { PreviewTally } from '../../provisioning/services/import-preview-tally.js';
import { renderCard } from '../cards.js';
import { fitMessage } from '../fit-message.js';

function more(tr: Translator, lines: string[], total: number): string[] {
  return total > lines.length ? [...lines, tr.t('preview.morePlan', { count: total - lines.length })] : lines;
}

/** The preview of a planned file: counts, the first lines of each section, seats and Confirm/Cancel. */
export function importPreviewCard(
  tr: Translator,
  job: JobRow,
  tally: PreviewTally,
  mode: ImportMode,
  agentNotes: Msg[] = [],
): { card: Record<string, unknown>; fallback: string } {
  const seats = job.seats;
  const { create, update, unchanged, blocked, removals } = tally.counts;
  const sections = [
    {
      title: tr.t('preview.section.removals', { count: removals }),
      lines: more(tr, tally.sections.removals, removals),
    },
    { title: tr.t('preview.section.create', { count: create }), lines: more(tr, tally.sections.create, create) },
    {
      title: tr.t('preview.section.update', { count: update - removals }),
      lines: more(tr, tally.sections.update, update - removals),
    },
    { title: tr.t('preview.section.blocked', { count: blocked }), lines: more(tr, tally.sections.blocked, blocked) },
  ].filter((s) => s.lines.length > 0);
  const headline = tr.t(blocked > 0 ? 'preview.importHeadlineBlocked' : 'preview.importHeadline', {
    create,
    update,
    count: removals,
    unchanged,
    blocked,
  });
  const toChange = create + update;
  const notes = [
    tr.t(mode === 'add' ? 'preview.note.modeAdd' : 'preview.note.modeAddRemove'),
    ...job.notes.map((n) => tr.m(n)),
    ...(tally.fromDefaults ? [tr.t('preview.note.agentDefaults')] : []),
  ];
  const card = renderCard('preview', tr, {
    title: tr.t('preview.title', { headline }),
    // An import has no role of its own (each row says it): the subtitle names the file and the mode.
    subtitle: tr.t('importPreview.subtitle', {
      file: job.filename ?? msg('tasks.aFile'),
      mode: modeLabel(mode),
      job: job.id,
      requestedBy: job.requestedBy,
    }),
    jobId: job.id,
    sections,
    seats: seats.map((s) => ({
      title: tr.t('preview.seats.title', { tier: tierLabel(s.tier) }),
      value: tr.t('preview.seats.file', { free: s.free, needed: s.needed }),
    })),
    warnings: seats
      .filter((s) => s.short.length > 0)
      .map((s) => tr.t('preview.notEnoughFile', { tier: tierLabel(s.tier), count: s.short.length }))
      .concat(agentNotes.map((n) => tr.m(n))),
    notes,
    canConfirm: toChange > 0,
    confirmLabel:
      removals > 0
        ? tr.t('preview.confirmRemovals', { changes: toChange, count: removals })
        : tr.t('preview.confirm', { count: toChange }),
  });
  const fallback = fitMessage(
    [
      tr.t('preview.fallbackImport', { job: job.id, mode: modeLabel(mode), headline }),
      ...sections.flatMap((s) => [`**${s.title}**`, ...s.lines.map((l) => `- ${l}`)]),
    ],
    (n) => tr.t('preview.moreInCard', { count: n }),
  );
  return { card, fallback };
}
