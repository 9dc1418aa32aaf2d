/**
 * Text from users (a file's cells and name, a card's inputs, a person's name as Webex holds it, an
 * error message Webex returned) is data: it goes into the bot's markdown through this function only,
 * so it can never become a mention (`<@all>`), a link, emphasis, a heading, a list or HTML in the
 * bot's own voice.
 *
 * Webex renders message markdown as CommonMark with mentions written `<@personEmail:...>`,
 * `<@personId:...>` and `<@all>` (developer.webex.com "Basic Formatting" and "Mentions"). In
 * CommonMark a backslash makes any ASCII punctuation literal and `&lt;` is a literal `<`, which also
 * keeps the mention syntax from forming. Bare web addresses are broken up so clients do not link them.
 */
// Emphasis, code, links and images, headings, tables, strike-through. Dots, dashes and parentheses are
// left alone (addresses stay readable in the message's source): without brackets they make no link,
// and they start a list only at the start of a line, which the value's first characters handle.
const PUNCTUATION = /[\\`*[\]#|~]/g;
// An underscore between letters or digits never starts emphasis (CommonMark's intraword rule), so
// addresses and Webex's trackingIds ("ROUTER_7a19...") stay exactly as they are to copy.
const EDGE_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
const LIST_START = /^(\s*)(\d+)([.)])|^(\s*)([-+])/;
const SCHEMES = /\b(https?|ftp|mailto|file|javascript|data|webexteams|tel|sip)(:)/gi;

export function escapeMarkdown(value: string): string {
  return (
    value
      // One line: a value never starts a new paragraph, list item or heading of its own.
      .replace(/[\r\n\u2028\u2029]+/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(PUNCTUATION, (c) => `\\${c}`)
      .replace(EDGE_UNDERSCORE, '\\_')
      .replace(LIST_START, (_m, sp1, digits, mark, sp2, bullet) =>
        digits !== undefined ? `${sp1}${digits}\\${mark}` : `${sp2}\\${bullet}`,
      )
      // "http\://" is shown as "http://" but is no longer an address a client turns into a link.
      .replace(SCHEMES, '$1\\$2')
  );
}
