import { escapeMarkdown } from '../../i18n/escape-markdown.js';
import type { Translator } from '../../i18n/translate.js';
import { roleLabel, tierLabel } from '../../provisioning/license-model.js';
import { describeChange, type Plan } from '../../provisioning/plan.js';
import { changeWithAgent } from '../../provisioning/services/import-preview-tally.js';
import { renderCard } from '../cards.js';

function nameOf(u: { email: string; firstName?: string; lastName?: string }): string {
  const name = [u.firstName, u.lastName].filter(Boolean).join(' ');
  // Typed into the card: data, never markup.
  return escapeMarkdown(name ? `${u.email} (${name})` : u.email);
}

/** The preview of a card batch: every user with what would change, seats, and Confirm/Cancel. */
export function usersPreviewCard(
  tr: Translator,
  jobId: string,
  requestedBy: string,
  plan: Plan,
  welcome: boolean,
): { card: Record<string, unknown>; fallback: string } {
  const by = (action: string) => plan.users.filter((u) => u.action === action);
  const create = by('create');
  const update = by('update');
  const unchanged = by('unchanged');
  const blocked = by('blocked');
  const counts = { create: create.length, update: update.length, unchanged: unchanged.length, blocked: blocked.length };
  const headline = tr.t(blocked.length > 0 ? 'preview.headlineBlocked' : 'preview.headline', counts);
  const sections = [
    {
      title: tr.t('preview.section.create', { count: create.length }),
      lines: create.map((u) => `${nameOf(u)}: ${tr.m(changeWithAgent(u))}`),
    },
    {
      title: tr.t('preview.section.update', { count: update.length }),
      lines: update.map((u) => `${u.email}: ${tr.m(changeWithAgent(u))}`),
    },
    {
      title: tr.t('preview.section.unchanged', { count: unchanged.length }),
      lines: unchanged.map((u) =>
        tr.t('preview.line.unchanged', { email: u.email, access: describeChange({ after: u.after }) }),
      ),
    },
    {
      title: tr.t('preview.section.blocked', { count: blocked.length }),
      lines: blocked.map((u) => `${u.email}: ${tr.m(u.reason)}`),
    },
  ].filter((s) => s.lines.length > 0);
  const seats = plan.seats.map((s) => ({
    title: tr.t('preview.seats.title', { tier: tierLabel(s.tier) }),
    value: tr.t('preview.seats.batch', { free: s.free, needed: s.needed }),
  }));
  const warnings = plan.seats
    .filter((s) => s.short.length > 0)
    .map((s) =>
      tr.t('preview.notEnough', { tier: tierLabel(s.tier), users: s.short.join(', '), count: s.short.length }),
    )
    .concat((plan.agentNotes ?? []).map((n) => tr.m(n)));
  const notes: string[] = [];
  if (plan.users.some((u) => u.supervisor && u.action !== 'blocked')) notes.push(tr.t('preview.note.supervisor'));
  if (plan.role !== 'administrator' && plan.role !== 'no-admin' && plan.users.some((u) => u.before?.fullAdmin))
    notes.push(tr.t('preview.note.keepAdmin'));
  if (create.length > 0) notes.push(tr.t(welcome ? 'preview.note.welcome' : 'preview.note.noWelcome'));
  if (plan.users.some((u) => u.agentFromDefaults && u.action !== 'blocked'))
    notes.push(tr.t('preview.note.agentDefaults'));
  const toChange = create.length + update.length;
  const card = renderCard('preview', tr, {
    title: tr.t('preview.title', { headline }),
    subtitle: tr.t('preview.subtitle', {
      role: plan.role ? roleLabel(plan.role) : tr.t('preview.asFile'),
      job: jobId,
      requestedBy,
    }),
    jobId,
    sections,
    seats,
    warnings,
    notes,
    canConfirm: toChange > 0,
    confirmLabel: tr.t('preview.confirm', { count: toChange }),
  });
  const fallback = [
    tr.t('preview.fallback', { job: jobId, headline }),
    ...sections.flatMap((s) => [`**${s.title}**`, ...s.lines.map((l) => `- ${l}`)]),
    ...warnings,
  ].join('\n');
  return { card, fallback };
}
