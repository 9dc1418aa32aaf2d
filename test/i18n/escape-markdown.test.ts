import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/i18n/escape-markdown.js';
import { md, msg } from '../../src/i18n/msg.js';
import { translator } from '../../src/i18n/translate.js';

/** What an escaped value must never contain: the syntax that would make it markup. */
function live(markdown: string): string[] {
  const found: string[] = [];
  if (/<@/.test(markdown)) found.push('mention');
  if (/(?<!\\)\[[^\]]*(?<!\\)\]\(/.test(markdown)) found.push('link');
  if (/(?<!\\)\b(https?|mailto):(?!\\)/i.test(markdown) || /https?:\/\//i.test(markdown)) found.push('address');
  if (/<[a-z/!]/i.test(markdown)) found.push('html');
  if (/(?<!\\)[*_~`]/.test(markdown)) found.push('emphasis');
  if (/^\s*(?<!\\)[#>]/.test(markdown)) found.push('block');
  if (/\n/.test(markdown)) found.push('line break');
  return found;
}

/** What a CommonMark reader shows for the escaped text (backslash escapes and entities undone). */
function shown(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('escapeMarkdown', () => {
  const nasty = [
    '<@all>',
    '<@personEmail:ceo@acme.example.com|CEO> please approve',
    '<@personId:Y2lzY29zcGFyazovL3VzL1BFT1BMRS8x|Alice>',
    '[click here](http://evil.example.com/login)',
    '[x](mailto:someone@example.com)',
    'visit https://evil.example.com now',
    'mailto:finance@acme.example.com',
    '**urgent** _now_ ~~gone~~ `rm -rf /`',
    '# Heading',
    '> quoted',
    '- item\n- item 2',
    '1. first',
    '<b>bold</b><script>alert(1)</script><img src=x onerror=alert(1)>',
    '&lt;@all&gt;',
    '\\<@all\\>',
    'javascript:alert(1)',
    'line one\r\nline two',
    '```\ncode\n```',
    '![img](http://x.example.com/a.png)',
    '=HYPERLINK("http://evil.example.com","x")',
  ];

  for (const input of nasty) {
    it(`keeps ${JSON.stringify(input)} as text`, () => {
      const escaped = escapeMarkdown(input);
      expect(live(escaped)).toEqual([]);
      // The reader still sees what was there (line breaks become spaces).
      expect(shown(escaped)).toBe(input.replace(/[\r\n]+/g, ' ').replace(/\b(https?|mailto|javascript):/gi, '$1:'));
    });
  }

  it('leaves ordinary names and addresses readable', () => {
    expect(escapeMarkdown('Fátima Conceição')).toBe('Fátima Conceição');
    expect(shown(escapeMarkdown('ana.silva@acme.example.com'))).toBe('ana.silva@acme.example.com');
    // Underscores inside a word make no emphasis: addresses and trackingIds stay as they are, to copy.
    expect(escapeMarkdown('john_doe@acme.example.com')).toBe('john_doe@acme.example.com');
    expect(escapeMarkdown('ROUTER_7a194727-7cd9')).toBe('ROUTER_7a194727-7cd9');
  });
});

describe('the translator', () => {
  it('escapes every string parameter in messages, and leaves files and copyable text as they are', () => {
    const hostile = '<@all> [x](http://evil.example.com)';
    const markdown = translator('en').t('error.other', { status: 400, message: hostile, tracking: md('') });
    expect(markdown).not.toContain('<@all>');
    expect(markdown).not.toMatch(/(?<!\\)\]\(http/);
    expect(translator('en', 'plain').t('error.other', { status: 400, message: hostile, tracking: md('') })).toContain(
      hostile,
    );
  });

  it('hands on what the bot wrote itself, and what it rendered from a message, untouched', () => {
    const tr = translator('en');
    const nested = tr.t('history.outcome', { outcome: msg('outcome.created'), change: md('**Premium Agent**') });
    expect(nested).toContain('**Premium Agent**');
  });
});
