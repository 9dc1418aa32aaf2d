import type { Logger } from 'pino';
import { type Lang, translator } from '../i18n/translate.js';
import type { WebexClient } from '../webex/webex-client.js';
import type { Authorizer } from './authorize.js';
import type { CardAction } from './card-action.js';
import { type Command, commandWords } from './commands/command.js';
import { helpCommand } from './commands/help.js';
import { BotContext } from './context.js';
import type { BotEvent } from './events.js';
import { explainError } from './explain-error.js';
import type { HandledEventStore } from './handled-events-port.js';
import { SeenEvents } from './seen-events.js';

export type { CardAction } from './card-action.js';

export interface BotDeps {
  botClient: WebexClient;
  authorizer: Authorizer;
  logger: Logger;
  botName: string;
  /** The commands besides `help`, in the order help lists them. */
  commands: Command[];
  /** Card submissions, by the `action` their button carries. */
  cardActions: Record<string, CardAction>;
  /** A message that carries a file (an upload to import). */
  onFiles?: (ctx: BotContext, files: string[]) => Promise<void>;
  /** The language a person chose, or the organisation's default (never rejects). */
  languageOf: (email: string) => Promise<Lang>;
  /** The events already acted on, durably: a redelivered event is acted on once. */
  handledEvents: HandledEventStore;
}

/**
 * The conversation: takes plain events, checks who may act, routes commands and card submissions,
 * and answers in the event's thread. Knows nothing of the bot framework or HTTP.
 */
export class Bot {
  private readonly commands: Command[];
  /** Events seen while the store could not record them. */
  private readonly recent = new SeenEvents();

  constructor(private readonly deps: BotDeps) {
    this.commands = [helpCommand(() => this.commands, deps.botName), ...deps.commands];
  }

  /** Handles one event; never throws (failures are logged and told in the thread). */
  async handle(event: BotEvent): Promise<void> {
    const log = this.deps.logger.child({ eventId: event.eventId, kind: event.kind });
    let first: boolean;
    try {
      first = await this.deps.handledEvents.markHandled(event.eventId);
    } catch (error) {
      // The store is unavailable: the event still gets its answer (the writes it leads to are refused
      // and told), and repeats reaching this process are recognised in memory meanwhile.
      log.warn({ err: error }, 'could not record the event as handled; remembering it in memory only');
      first = this.recent.firstTime(event.eventId);
    }
    if (!first) {
      log.info('event already handled; ignoring the repeat');
      return;
    }
    let threadId: string;
    try {
      threadId = await this.threadOf(event);
    } catch (error) {
      log.error({ err: error }, 'could not find the thread to answer in');
      return;
    }
    const say = (markdown: string) =>
      this.deps.botClient.createMessage({ roomId: event.roomId, parentId: threadId, markdown });
    let tr = translator(await this.deps.languageOf(event.personEmail));
    try {
      const decision = await this.deps.authorizer.check(event.roomId, event.personId);
      if (!decision.allowed) {
        log.warn(
          { reason: decision.reason, personEmail: event.personEmail },
          'refused an event from someone who may not act',
        );
        await say(tr.t(decision.reason === 'not_admin_space' ? 'bot.refusal.space' : 'bot.refusal.person'));
        return;
      }
      tr = translator(await this.deps.languageOf(decision.person.emails[0] ?? event.personEmail));
      const ctx = new BotContext(event, decision.person, threadId, log, this.deps.botClient, tr, {
        fullAdmin: decision.fullAdmin,
      });
      if (event.kind === 'message' && event.files.length > 0 && this.deps.onFiles)
        await this.deps.onFiles(ctx, event.files);
      else if (event.kind === 'message') await this.runCommand(ctx, event.text);
      else await this.runCardAction(ctx, event.inputs);
    } catch (error) {
      log.error({ err: error }, 'handling the event failed');
      await say(tr.t('bot.sorry', { error: explainError(error) })).catch((sendError: unknown) =>
        log.error({ err: sendError }, 'could not report the failure'),
      );
    }
  }

  private async runCommand(ctx: BotContext, text: string): Promise<void> {
    const word = (text.split(' ')[0] ?? '').toLowerCase();
    const command = this.commands.find((c) => commandWords(c).includes(word));
    if (!command) {
      const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
      await ctx.reply(word === '' ? ctx.t('bot.empty') : ctx.t('bot.unknownCommand', { text: shown }));
      return;
    }
    ctx.log.info({ command: command.name, actor: ctx.actor.emails[0] }, 'running command');
    await command.run(ctx);
  }

  private async runCardAction(ctx: BotContext, inputs: Record<string, unknown>): Promise<void> {
    const name = typeof inputs.action === 'string' ? inputs.action : '';
    const action = this.deps.cardActions[name];
    if (!action) {
      await ctx.reply(ctx.t('bot.unknownCard'));
      return;
    }
    ctx.log.info({ cardAction: name, actor: ctx.actor.emails[0] }, 'running card action');
    await action(ctx, inputs);
  }

  /** Answers go in the event's thread: under the message, or under the thread the card was posted in. */
  private async threadOf(event: BotEvent): Promise<string> {
    if (event.kind === 'message') return event.parentId ?? event.messageId;
    const card = await this.deps.botClient.getMessage(event.cardMessageId);
    return card.parentId ?? card.id;
  }
}
