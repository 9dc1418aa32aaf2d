import { z } from 'zod';
import type { ProvisioningServices } from '../../provisioning/services/services.js';
import type { WebexClient } from '../../webex/webex-client.js';
import { type CardAction, cardAction } from '../card-action.js';
import { renderCard } from '../cards.js';
import type { Command } from '../commands/command.js';
import type { BotContext } from '../context.js';
import { fitMessage } from '../fit-message.js';
import { importPreviewCard } from './import-preview-card.js';

export interface ImportsDeps {
  /** The bot's own client: it downloads what people post to it. */
  botClient: Pick<WebexClient, 'downloadFile'>;
  services: Pick<ProvisioningServices, 'imports' | 'exportUsers' | 'jobs'>;
}

/** The buttons of the import-mode card. */
const modeInputs = z.object({ uploadId: z.string(), mode: z.enum(['add', 'add-remove']) });

export function exportCommand(deps: ImportsDeps): Command {
  return {
    name: 'export',
    names: { 'pt-BR': 'exportar' },
    aliases: [],
    summary: 'cmd.export.summary',
    example: 'cmd.export.example',
    async run(ctx) {
      const exported = await deps.services.exportUsers();
      const { count, contactCenterProblem } = exported;
      await ctx.replyFile(
        contactCenterProblem === undefined
          ? ctx.t('export.done', { count })
          : ctx.t('export.noSupervisors', { count, error: contactCenterProblem }),
        { filename: exported.filename, contentType: 'text/csv', path: exported.path },
      );
    },
  };
}

export function importCommand(): Command {
  return {
    name: 'import',
    names: { 'pt-BR': 'importar' },
    aliases: ['upload'],
    summary: 'cmd.import.summary',
    example: 'cmd.import.example',
    async run(ctx) {
      await ctx.reply(ctx.t('import.how'));
    },
  };
}

/** A message with a file: read it, check every row, then ask for the mode. */
export function uploadHandler(deps: ImportsDeps): (ctx: BotContext, files: string[]) => Promise<void> {
  return async (ctx, files) => {
    const file = await deps.botClient.downloadFile(files[0]!);
    const answer = await deps.services.imports.accept(file, ctx.requester);
    if (answer.kind === 'refused') {
      const title = ctx.t('import.refused', { file: file.filename, count: answer.problemCount });
      await ctx.reply(
        fitMessage([title, ...answer.problems.map((p) => `- ${ctx.m(p)}`)], (n) =>
          ctx.t('import.moreProblems', { count: n }),
        ),
      );
      return;
    }
    const { uploadId, rowCount, ignoredColumns } = answer;
    const card = renderCard('import-mode', ctx.tr, {
      title: ctx.t('importMode.title', { file: file.filename, rows: rowCount }),
      ignored: ignoredColumns.length > 0 ? ctx.t('importMode.ignored', { columns: ignoredColumns.join(', ') }) : '',
      uploadId,
    });
    await ctx.replyCard(card, ctx.t('import.checked', { file: file.filename, rows: rowCount }));
  };
}

export function importCardActions(deps: ImportsDeps): Record<string, CardAction> {
  return {
    'import.mode': cardAction(modeInputs, 'import.unknownUpload', async (ctx, { uploadId, mode }) => {
      const planned = await deps.services.imports.plan(uploadId, mode, ctx.requester, ctx.tr, ctx.rights);
      if (!planned) {
        await ctx.reply(ctx.t('import.unknownUpload'));
        return;
      }
      const { job, tally, agentNotes } = planned;
      const rendered = importPreviewCard(ctx.tr, job, tally, mode, agentNotes);
      const message = await ctx.replyCard(rendered.card, rendered.fallback);
      await deps.services.jobs.notePreviewMessage(job.id, message.id);
      if (tally.truncated)
        await ctx.replyFile(ctx.t('preview.planFile', { job: job.id }), {
          filename: `plan-${job.id}.csv`,
          contentType: 'text/csv',
          path: tally.path,
        });
    }),
  };
}
