import { escapeMarkdown } from '../../i18n/escape-markdown.js';
import type { Translator } from '../../i18n/translate.js';
import { type ContactCenterTier, roleLabel, tierLabel } from '../../provisioning/license-model.js';
import { describeChange, type Plan, type PlannedUser } from '../../provisioning/plan.js';
import { changeWithAgent } from '../../provisioning/services/import-preview-tally.js';
import { renderCard } from '../cards.js';

function nameOf(u: { email: string; firstName?: string; lastName?: string }): string {
  const name = [u.firstName, u.lastName].filter(Boolean).join(' ');
  // Typed into the card: data, never markup.
  return escapeMarkdown(name ? `${u.email} (${name})` : u.email);
}

/** What the card submitted, carried by "Use names from the addresses". */
export type PreviewRetry = Record<string, string>;

/** Seats each tier gets back: users who leave it (license removed, or moved to the other tier). */
function seatsFreed(users: PlannedUser[]): Record<ContactCenterTier, number> {
  const freed = { standard: 0, premium: 0 };
  for (const u of users) {
    if (u.action !== 'update' || !u.before || u.before.tier === 'none') continue;
    if (u.after.tier !== u.before.tier) freed[u.before.tier] += 1;
  }
  return freed;
}

/** The Confirm button says what it does: add new users, change existing ones, or both. */
function confirmLabel(tr: Translator, create: number, update: number): string {
  if (update === 0) return tr.t('preview.confirm.add', { count: create });
  if (create === 0) return tr.t('preview.confirm.change', { count: update });
  return tr.t('preview.confirm.both', { create, update });
}

/** The preview of a card batch: every user with what would change, seats, warnings, and Confirm/Cancel. */
export function usersPreviewCard(
  tr: Translator,
  jobId: string,
  requestedBy: string,
  plan: Plan,
  welcome: boolean,
  options: { retry?: PreviewRetry; namesFromAddress?: boolean } = {},
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
      lines: update.map((u) => `${escapeMarkdown(u.email)}: ${tr.m(changeWithAgent(u))}`),
    },
    {
      title: tr.t('preview.section.unchanged', { count: unchanged.length }),
      lines: unchanged.map((u) =>
        // What they hold: a Supervisor wish alone changes no license, and the role is not known here.
        tr.t('preview.line.unchanged', { email: u.email, access: describeChange({ after: u.after }) }),
      ),
    },
    {
      title: tr.t('preview.section.blocked', { count: blocked.length }),
      lines: blocked.map((u) => `${escapeMarkdown(u.email)}: ${tr.m(u.reason)}`),
    },
  ].filter((s) => s.lines.length > 0);
  const freed = seatsFreed(plan.users);
  const seats = (['standard', 'premium'] as const).flatMap((tier) => {
    const wanted = plan.seats.find((s) => s.tier === tier);
    const values = [
      ...(wanted ? [tr.t('preview.seats.batch', { free: wanted.free, needed: wanted.needed })] : []),
      ...(freed[tier] > 0 ? [tr.t('preview.seats.freed', { count: freed[tier] })] : []),
    ];
    return values.length > 0
      ? [{ title: tr.t('preview.seats.title', { tier: tierLabel(tier) }), value: values.join('; ') }]
      : [];
  });
  const warnings = plan.seats
    .filter((s) => s.short.length > 0)
    .map((s) =>
      tr.t('preview.notEnough', { tier: tierLabel(s.tier), users: s.short.join(', '), count: s.short.length }),
    );
  // Full Administrator is the whole organisation, not the Contact Center: said before Confirm, louder
  // for users who do not exist yet (they would hold it before ever signing in).
  const newAdmins = plan.users.filter((u) => u.action !== 'blocked' && u.after.fullAdmin && !u.before?.fullAdmin);
  if (newAdmins.length > 0) {
    warnings.push(tr.t('preview.warn.fullAdmin', { count: newAdmins.length }));
    const brandNew = newAdmins.filter((u) => u.action === 'create').length;
    if (brandNew > 0) warnings.push(tr.t('preview.warn.fullAdminNew', { count: brandNew }));
  }
  if (plan.activation) {
    const { newUsers, othersPending } = plan.activation;
    warnings.push(
      othersPending === undefined
        ? tr.t('preview.warn.activationUncounted', { count: newUsers })
        : othersPending === 0
          ? tr.t('preview.warn.activationOnlyNew', { count: newUsers })
          : tr.t('preview.warn.activation', {
              total: newUsers + othersPending,
              count: newUsers,
              others: othersPending,
            }),
    );
  }
  const nameless = create.filter((u) => !u.firstName && !u.lastName && !u.displayName);
  if (nameless.length > 0)
    warnings.push(
      tr.t('preview.warn.noName', { count: nameless.length, users: nameless.map((u) => u.email).join(', ') }),
    );
  warnings.push(...(plan.agentNotes ?? []).map((n) => tr.m(n)));
  const notes: string[] = [];
  if (options.namesFromAddress && create.some((u) => u.firstName || u.lastName))
    notes.push(tr.t('preview.note.namesFromAddress'));
  if (plan.users.some((u) => u.supervisor && u.action !== 'blocked')) notes.push(tr.t('preview.note.supervisor'));
  if (
    plan.role !== 'administrator' &&
    plan.role !== 'no-admin' &&
    plan.role !== 'remove-license' &&
    plan.users.some((u) => u.before?.fullAdmin)
  )
    notes.push(tr.t('preview.note.keepAdmin'));
  if (create.length > 0 && !welcome) notes.push(tr.t('preview.note.noWelcome'));
  if (plan.users.some((u) => u.agentFromDefaults && u.action !== 'blocked'))
    notes.push(tr.t('preview.note.agentDefaults'));
  const toChange = create.length + update.length;
  const retry =
    nameless.length > 0 && options.retry && !options.namesFromAddress
      ? { ...options.retry, action: 'users.preview', namesFromAddress: 'true', replaces: jobId }
      : undefined;
  const card = renderCard('preview', tr, {
    title: tr.t('preview.title', { headline }),
    subtitle: tr.t('preview.subtitle.card', {
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
    confirmLabel: confirmLabel(tr, create.length, update.length),
    retry: retry ?? {},
    canRetry: retry !== undefined,
    retryLabel: tr.t('preview.namesFromAddress'),
  });
  const fallback = [
    tr.t('preview.fallback', { job: jobId, headline }),
    ...sections.flatMap((s) => [`**${s.title}**`, ...s.lines.map((l) => `- ${l}`)]),
    ...warnings,
  ].join('\n');
  return { card, fallback };
}
