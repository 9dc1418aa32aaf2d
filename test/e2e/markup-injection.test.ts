import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness } from '../support/bot-harness.js';
import { cardText, previewBatch } from '../support/users-flow.js';

/**
 * Text from a file, a card or Webex is data in the bot's messages: whatever it holds, it never becomes
 * a mention, a link, emphasis or HTML in the bot's own voice.
 */
const h = new BotHarness();
beforeAll(async () => {
  await h.start();
}, 60_000);
afterAll(() => h.stop());

/** The markup an escaped value must not leave live in a message or a card. */
function liveMarkup(markdown: string): string[] {
  const found: string[] = [];
  if (markdown.includes('<@')) found.push('a mention');
  if (/(?<!\\)\[[^\]\\]*(?<!\\)\]\(/.test(markdown)) found.push('a link');
  if (/https?:\/\/evil/.test(markdown) || /(?<!\\)mailto:/.test(markdown)) found.push('a web address');
  if (/<(b|a|img|script)\b/i.test(markdown)) found.push('HTML');
  if (/(?<!\\)\*\*boss/.test(markdown)) found.push('emphasis');
  return found;
}

describe('values that look like markup', () => {
  it('stay text in the refusal of a hostile file, its name included', async () => {
    const name = '<@all> [win](mailto:x@evil.example.com) **boss**.csv';
    const csv = [
      'User ID/Email (Required),First Name,Last Name,Contact center Standard Agent,Contact Center Premium Agent',
      '<@all>,[click](http://evil.example.com),**boss**,TRUE,FALSE',
      'mailto:someone@evil.example.com,<b>bold</b>,<img src=x>,TRUE,FALSE',
    ].join('\n');
    const upload = await h.upload('alice', name, Buffer.from(csv));
    const [reply] = await h.waitForReply(upload.id);
    const markdown = reply!.markdown!;
    expect(markdown).toMatch(/was not imported/);
    expect(liveMarkup(markdown)).toEqual([]);
    // The administrator still reads what the file holds.
    expect(markdown).toContain('&lt;@all&gt;');
    expect(markdown).toContain('&lt;@all&gt; \\[win\\](mailto\\:x@evil.example.com) \\*\\*boss\\*\\*.csv');
    expect(markdown).toContain('mailto\\:someone@evil.example.com');
  });

  it('stay text in the preview of names typed into the card', async () => {
    // Quoted, as an address list needs a name with brackets and parentheses to be (RFC 5322).
    const entries = '"[click](http://evil.example.com) **boss**" <eve.markup@acme.example.com>';
    const { answer } = await previewBatch(h, 'alice', { mode: 'names', entries, role: 'standard' });
    const text = JSON.parse(cardText(answer)) as unknown;
    const shown = JSON.stringify(text).replace(/\\\\/g, '\\');
    expect(shown).toContain('eve.markup@acme.example.com');
    expect(liveMarkup(shown)).toEqual([]);
    // Unquoted, the line cannot be read as addresses: the problem quotes it, as text too.
    const unquoted = await previewBatch(h, 'alice', {
      mode: 'names',
      entries: '[click](http://evil.example.com) **boss** <eve.markup@acme.example.com>',
      role: 'standard',
    });
    expect(unquoted.answer.markdown).toContain('cannot be read as a list of addresses');
    expect(liveMarkup(unquoted.answer.markdown!.replace(/^\*\*Nothing was changed\.\*\*/, ''))).toEqual([]);
  });
});
