/** Webex refuses text or markdown over 7,439 bytes; keep a margin for the markup Webex adds. */
export const MESSAGE_BYTES = 7000;

/**
 * Joins lines into one message that fits Webex's limit: the lines that do not fit are counted in a
 * last line (`more(n)`) instead of being cut in the middle.
 */
export function fitMessage(lines: string[], more: (n: number) => string, limit = MESSAGE_BYTES): string {
  const kept: string[] = [];
  let bytes = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const size = Buffer.byteLength(lines[i]!, 'utf8') + 1;
    const reserve = i < lines.length - 1 ? Buffer.byteLength(more(lines.length - i), 'utf8') + 1 : 0;
    if (bytes + size + reserve > limit) {
      kept.push(more(lines.length - i));
      return kept.join('\n');
    }
    kept.push(lines[i]!);
    bytes += size;
  }
  return kept.join('\n');
}
