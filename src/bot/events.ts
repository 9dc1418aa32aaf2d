/** Plain, typed events: what the framework adapter hands to the bot, and what tests can replay. */

export interface MessageEvent {
  kind: 'message';
  /** Unique per event (the message id): used to never run the same event twice. */
  eventId: string;
  roomId: string;
  roomType: 'group' | 'direct';
  messageId: string;
  parentId?: string;
  personId: string;
  personEmail: string;
  /** The message text with the bot's mention removed. */
  text: string;
  files: string[];
}

export interface CardSubmitEvent {
  kind: 'cardSubmit';
  /** The attachment action id. */
  eventId: string;
  roomId: string;
  /** The message that carried the card. */
  cardMessageId: string;
  personId: string;
  personEmail: string;
  inputs: Record<string, unknown>;
}

export type BotEvent = MessageEvent | CardSubmitEvent;

/** The text of a message with the bot's mention taken out (Webex puts the bot's name in the text). */
export function stripBotMention(
  text: string,
  html: string | undefined,
  bot: { id: string; displayName: string },
): string {
  let result = text;
  const mentioned = html
    ? [...html.matchAll(/<spark-mention[^>]*data-object-id="([^"]+)"[^>]*>([\s\S]*?)<\/spark-mention>/g)]
        .filter((m) => m[1] === bot.id)
        .map((m) => m[2]!)
    : [];
  for (const label of mentioned) {
    const index = result.indexOf(label);
    if (index >= 0) result = result.slice(0, index) + result.slice(index + label.length);
  }
  if (mentioned.length === 0) {
    for (const candidate of [bot.displayName, bot.displayName.split(' ')[0]!]) {
      if (candidate && result.toLowerCase().startsWith(candidate.toLowerCase())) {
        result = result.slice(candidate.length);
        break;
      }
    }
  }
  return result.replace(/\s+/g, ' ').trim();
}

/** A message as Webex gives it (REST or the framework), for the bot's own MessageEvent. */
interface IncomingMessage {
  id: string;
  roomId: string;
  roomType?: 'group' | 'direct';
  parentId?: string;
  personId: string;
  text?: string;
  html?: string;
  files?: string[];
}

/** The event for a message, with the bot's mention taken out of its text. */
export function messageEvent(
  m: IncomingMessage,
  personEmail: string,
  bot: { id: string; displayName: string },
): MessageEvent {
  return {
    kind: 'message',
    eventId: m.id,
    roomId: m.roomId,
    roomType: m.roomType ?? 'group',
    messageId: m.id,
    ...(m.parentId ? { parentId: m.parentId } : {}),
    personId: m.personId,
    personEmail,
    text: stripBotMention(m.text ?? '', m.html, bot),
    files: m.files ?? [],
  };
}
