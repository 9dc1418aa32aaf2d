import type { Logger } from 'pino';
import { type Lang, type Translator, translator } from '../i18n/translate.js';
import type { WebexClient } from '../webex/webex-client.js';
import type { Authorizer } from './authorize.js';
import type { CardAction } from './card-action.js';
import { renderCard } from './cards.js';
import { type Command, commandName, commandWords } from './commands/command.js';
import { helpCommand } from './commands/help.js';
import { type OrgStatus, orgsCommand, type SpaceOrg } from './commands/orgs.js';
import { BotContext } from './context.js';
import type { BotEvent } from './events.js';
import { explainError } from './explain-error.js';
import type { HandledEventStore } from './handled-events-port.js';
import { SeenEvents } from './seen-events.js';

export type { CardAction } from './card-action.js';

/** One organization the bot acts for: who may act for it, its commands, cards and uploads. */
export interface OrgConversation {
  /** Its short name (`add @acme`); its name as administrators know it. */
  key: string;
  name: string;
  authorizer: Authorizer;
  /** The commands besides `help` and `orgs`, in the order help lists them. */
  commands: Command[];
  /** Card submissions, by the `action` their button carries. */
  cardActions: Record<string, CardAction>;
  /** A message that carries a file (an upload to import). */
  onFiles?: (ctx: BotContext, files: string[]) => Promise<void>;
  /** The language a person chose in this organization, or its default (never rejects). */
  languageOf: (email: string) => Promise<Lang>;
  /** The bot's client for this organization (its cards carry its key when there are several). */
  botClient: WebexClient;
  /** Its seats, credential, last job and open alerts, for `orgs`. */
  status?: () => Promise<OrgStatus>;
}

export interface BotDeps {
  botClient: WebexClient;
  logger: Logger;
  botName: string;
  /** The organizations served; one unless configured with several. */
  orgs: OrgConversation[];
  /** The events already acted on, durably: a redelivered event is acted on once. */
  handledEvents: HandledEventStore;
}

/** Commands that need no organization: they answer for the space, or for the person. */
const SPACE_COMMANDS = ['help', 'orgs', 'language'];

/** The card that asks which organization a command in a shared space is for. */
const CHOOSE_ACTION = 'orgs.choose';

/** Where an event runs: the organization, and the text or inputs without the words that chose it. */
type Route =
  | { kind: 'org'; org: OrgConversation; event: BotEvent }
  | { kind: 'choose'; candidates: OrgConversation[]; event: BotEvent }
  | { kind: 'unknown'; candidates: OrgConversation[]; given: string }
  | { kind: 'several'; named: string[] }
  | { kind: 'unchosen' }
  | { kind: 'mismatch' };

/**
 * Buttons of cards posted for no organization (help in a shared space): the command each stands for,
 * asked for again with the organization.
 */
const UNSTAMPED_BUTTONS: Record<string, string> = { 'users.card': 'add' };

/**
 * The conversation: takes plain events, finds the organization each is for, checks who may act for it,
 * routes commands and card submissions, and answers in the event's thread. Knows nothing of the bot
 * framework or HTTP.
 *
 * A space serves the organizations that list it. In a space that serves several (a partner's team
 * space), a command names its organization (`add @acme`, `export acme`) or the bot asks with a card,
 * and nothing runs without one; a card's buttons carry the organization they were posted for.
 */
export class Bot {
  private readonly commands = new Map<string, Command[]>();
  /** Events seen while the store could not record them. */
  private readonly recent = new SeenEvents();

  constructor(private readonly deps: BotDeps) {
    if (deps.orgs.length === 0) throw new Error('the bot needs at least one organization');
    const several = deps.orgs.length > 1;
    for (const org of deps.orgs) {
      const list: Command[] = [
        helpCommand(
          () => this.commands.get(org.key)!,
          deps.botName,
          (ctx) => this.helpNote(ctx),
        ),
        ...(several
          ? [
              orgsCommand(
                (ctx) => this.spaceOrgs(ctx),
                (ctx, key) => this.example(ctx.tr, 'add', key),
              ),
            ]
          : []),
        ...org.commands,
      ];
      this.commands.set(org.key, list);
    }
  }

  /** A command as the reader types it in their language, naming an organization: "adicionar @acme". */
  private example(tr: Translator, command: string, key: string, rest = ''): string {
    const found = this.deps.orgs[0]!.commands.find((c) => c.name === command);
    const word = found ? commandName(found, tr.lang) : command;
    return [word, `@${key}`, rest].filter(Boolean).join(' ');
  }

  /** What help says in a space that acts for several organizations. */
  private helpNote(ctx: BotContext): string {
    const candidates = this.deps.orgs.filter((o) => o.authorizer.isAdminSpace(ctx.roomId));
    if (candidates.length < 2) return '';
    return ctx.t('orgs.helpNote', {
      orgs: ctx.tr.list(candidates.map((o) => `${o.name} (@${o.key})`)),
      example: this.example(ctx.tr, 'add', candidates[0]!.key),
      list: 'orgs',
    });
  }

  /** For `orgs`: the organizations of the event's space, and whether the actor may act for each. */
  private async spaceOrgs(ctx: BotContext): Promise<SpaceOrg[]> {
    const candidates = this.deps.orgs.filter((o) => o.authorizer.isAdminSpace(ctx.roomId));
    return Promise.all(
      candidates.map(async (org) => ({
        key: org.key,
        name: org.name,
        allowed: (await org.authorizer.check(ctx.roomId, ctx.event.personId)).allowed,
        ...(org.status ? { status: org.status } : {}),
      })),
    );
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
    const candidates = this.deps.orgs.filter((o) => o.authorizer.isAdminSpace(event.roomId));
    const home = candidates[0] ?? this.deps.orgs[0]!;
    let tr = translator(await home.languageOf(event.personEmail));
    try {
      if (candidates.length === 0) {
        log.warn({ personEmail: event.personEmail }, 'refused an event from a space that is not an admin space');
        await say(tr.t('bot.refusal.space'));
        return;
      }
      const route = this.route(event, candidates);
      if (route.kind === 'mismatch') {
        log.warn('a card names an organization this space does not serve');
        await say(tr.t('orgs.cardMismatch'));
        return;
      }
      if (route.kind === 'unknown') {
        await say(
          tr.t('orgs.unknown', {
            given: route.given,
            count: route.candidates.length,
            orgs: tr.list(route.candidates.map((o) => `${o.name} (@${o.key})`)),
            example: this.example(tr, 'add', route.candidates[0]!.key),
          }),
        );
        return;
      }
      if (route.kind === 'several') {
        await say(tr.t('orgs.several', { orgs: tr.list(route.named.map((n) => `@${n}`)) }));
        return;
      }
      if (route.kind === 'unchosen') {
        await say(tr.t('orgs.chooseFirst'));
        return;
      }
      if (route.kind === 'choose') {
        await this.withoutOrg(route.event, route.candidates, threadId, log, tr, say);
        return;
      }
      const { org } = route;
      const decision = await org.authorizer.check(event.roomId, event.personId);
      if (!decision.allowed) {
        log.warn(
          { reason: decision.reason, personEmail: event.personEmail, org: org.key },
          'refused an event from someone who may not act',
        );
        const key = candidates.length > 1 && decision.reason === 'not_allowed' ? 'orgs.notAllowed' : undefined;
        await say(key ? tr.t(key, { org: org.name }) : tr.t('bot.refusal.person'));
        return;
      }
      tr = translator(await org.languageOf(decision.person.emails[0] ?? event.personEmail));
      const ctx = new BotContext(route.event, decision.person, threadId, log, org.botClient, tr, {
        fullAdmin: decision.fullAdmin,
      });
      await this.run(ctx, org, route.event);
    } catch (error) {
      log.error({ err: error }, 'handling the event failed');
      await say(tr.t('bot.sorry', { error: explainError(error) })).catch((sendError: unknown) =>
        log.error({ err: sendError }, 'could not report the failure'),
      );
    }
  }

  private async run(ctx: BotContext, org: OrgConversation, event: BotEvent): Promise<void> {
    if (event.kind === 'message' && event.files.length > 0 && org.onFiles) await org.onFiles(ctx, event.files);
    else if (event.kind === 'message') await this.runCommand(ctx, org, event.text);
    else await this.runCardAction(ctx, org, event.inputs);
  }

  /**
   * Which organization an event is for. A message names one with `@key` anywhere after the command word,
   * or, in a space that serves several, with the key as its first argument (`export acme`); a card's
   * button carries one (`org`), and the card that asks carries the command to run once one is chosen.
   */
  private route(event: BotEvent, candidates: OrgConversation[]): Route {
    const byKey = (key: string) => this.deps.orgs.find((o) => o.key === key.toLowerCase());
    const within = (org: OrgConversation | undefined) => !!org && candidates.includes(org);
    if (event.kind === 'cardSubmit') {
      const named = typeof event.inputs.org === 'string' && event.inputs.org ? event.inputs.org : undefined;
      const action = typeof event.inputs.action === 'string' ? event.inputs.action : '';
      if (named === undefined) {
        // A card posted before the space served several organizations, or by a bot that served one.
        if (candidates.length === 1) return { kind: 'org', org: candidates[0]!, event };
        if (action === CHOOSE_ACTION) return { kind: 'unchosen' };
        const command = UNSTAMPED_BUTTONS[action];
        if (command) return { kind: 'choose', candidates, event: { ...chosenEvent(event), text: command } };
        return { kind: 'mismatch' };
      }
      const org = byKey(named);
      if (!within(org)) return { kind: 'mismatch' };
      if (action === CHOOSE_ACTION) return { kind: 'org', org: org!, event: chosenEvent(event) };
      return { kind: 'org', org: org!, event };
    }
    const words = event.text.split(' ').filter(Boolean);
    const tagged = words.map((w, i) => (i > 0 && /^@[a-z0-9-]+$/i.test(w) ? i : -1)).filter((i) => i > 0);
    const distinct = [...new Set(tagged.map((i) => words[i]!.slice(1).toLowerCase()))];
    if (distinct.length > 1) return { kind: 'several', named: distinct };
    let named: string | undefined;
    let rest = words;
    if (tagged.length > 0) {
      named = distinct[0]!;
      rest = words.filter((_, i) => !tagged.includes(i));
    } else if (this.deps.orgs.length > 1 && words.length > 1 && byKey(words[1]!)) {
      // `export acme`: the key as the first argument, in a deployment that serves several organizations.
      named = words[1]!;
      rest = words.filter((_, i) => i !== 1);
    }
    if (named === undefined) {
      return candidates.length === 1
        ? { kind: 'org', org: candidates[0]!, event }
        : { kind: 'choose', candidates, event };
    }
    const org = byKey(named);
    if (!within(org)) return { kind: 'unknown', candidates, given: named };
    return { kind: 'org', org: org!, event: { ...event, text: rest.join(' ') } };
  }

  /**
   * An event in a shared space that names no organization: `help` and `orgs` answer for the space; any
   * other command, and an upload, get a card asking which organization (only those the person may act
   * for), and run once it is chosen.
   */
  private async withoutOrg(
    event: BotEvent,
    candidates: OrgConversation[],
    threadId: string,
    log: Logger,
    tr: Translator,
    say: (markdown: string) => Promise<unknown>,
  ): Promise<void> {
    const decisions = await Promise.all(
      candidates.map(async (org) => ({ org, decision: await org.authorizer.check(event.roomId, event.personId) })),
    );
    const allowed = decisions.filter((d) => d.decision.allowed);
    const first = allowed[0];
    if (!first?.decision.allowed) {
      log.warn(
        { personEmail: event.personEmail },
        'refused an event from someone who may not act for any organization',
      );
      await say(tr.t('orgs.refusal'));
      return;
    }
    const person = first.decision.person;
    tr = translator(await first.org.languageOf(person.emails[0] ?? event.personEmail));
    if (allowed.length === 1) {
      // The person may act for one organization of the space: that one is meant.
      const ctx = new BotContext(event, person, threadId, log, first.org.botClient, tr, {
        fullAdmin: first.decision.fullAdmin,
      });
      await this.run(ctx, first.org, event);
      return;
    }
    const ctx = new BotContext(event, person, threadId, log, this.deps.botClient, tr, { fullAdmin: false });
    if (event.kind === 'message' && event.files.length === 0) {
      const word = (event.text.split(' ')[0] ?? '').toLowerCase();
      const command = this.commands.get(first.org.key)!.find((c) => commandWords(c).includes(word));
      if (!command || SPACE_COMMANDS.includes(command.name)) {
        await this.runCommand(ctx, first.org, event.text);
        return;
      }
    }
    const text = event.kind === 'message' ? event.text : '';
    const [word, ...rest] = text.split(' ').filter(Boolean);
    const example = word ? [word, `@${first.org.key}`, ...rest].join(' ') : this.example(tr, 'import', first.org.key);
    const intro = tr.t('orgs.choose', { example });
    const card = renderCard('orgs-choose', tr, {
      intro,
      orgs: allowed.map((d) => ({ key: d.org.key, name: d.org.name })),
      command: text,
      files: JSON.stringify(event.kind === 'message' ? event.files : []),
    });
    await ctx.replyCard(card, intro);
  }

  private async runCommand(ctx: BotContext, org: OrgConversation, text: string): Promise<void> {
    const word = (text.split(' ')[0] ?? '').toLowerCase();
    const command = this.commands.get(org.key)!.find((c) => commandWords(c).includes(word));
    if (!command) {
      const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
      await ctx.reply(word === '' ? ctx.t('bot.empty') : ctx.t('bot.unknownCommand', { text: shown }));
      return;
    }
    ctx.log.info({ command: command.name, actor: ctx.actor.emails[0], org: org.key }, 'running command');
    await command.run(ctx);
  }

  private async runCardAction(ctx: BotContext, org: OrgConversation, inputs: Record<string, unknown>): Promise<void> {
    const name = typeof inputs.action === 'string' ? inputs.action : '';
    const action = org.cardActions[name];
    if (!action) {
      await ctx.reply(ctx.t('bot.unknownCard'));
      return;
    }
    ctx.log.info({ cardAction: name, actor: ctx.actor.emails[0], org: org.key }, 'running card action');
    await action(ctx, inputs);
  }

  /** Answers go in the event's thread: under the message, or under the thread the card was posted in. */
  private async threadOf(event: BotEvent): Promise<string> {
    if (event.kind === 'message') return event.parentId ?? event.messageId;
    const card = await this.deps.botClient.getMessage(event.cardMessageId);
    return card.parentId ?? card.id;
  }
}

/** The command (or upload) a "which organization?" card carries, as the message it stands for. */
function chosenEvent(event: Extract<BotEvent, { kind: 'cardSubmit' }>): Extract<BotEvent, { kind: 'message' }> {
  const command = typeof event.inputs.command === 'string' ? event.inputs.command : '';
  let files: string[] = [];
  try {
    const parsed: unknown = JSON.parse(typeof event.inputs.files === 'string' ? event.inputs.files : '[]');
    if (Array.isArray(parsed)) files = parsed.filter((f): f is string => typeof f === 'string');
  } catch {
    // A card whose files were not JSON: it carries a command only.
    files = [];
  }
  return {
    kind: 'message',
    eventId: event.eventId,
    roomId: event.roomId,
    roomType: 'group',
    messageId: event.cardMessageId,
    personId: event.personId,
    personEmail: event.personEmail,
    text: command,
    files,
  };
}
