import { describe, expect, it } from 'vitest';
import { fitMessage } from '../../src/bot/fit-message.js';

describe("fitting a message into Webex's limit", () => {
  it('keeps whole lines and counts the ones left out', () => {
    const lines = Array.from({ length: 500 }, (_, i) => `- Row ${i}: ação inválida para usuário ${i}`);
    const text = fitMessage(lines, (n) => `…and ${n} more.`);
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(7000);
    const kept = text.split('\n');
    const last = kept.pop()!;
    expect(last).toBe(`…and ${500 - kept.length} more.`);
    expect(kept).toEqual(lines.slice(0, kept.length));
  });

  it('leaves a short message as it is', () => {
    expect(fitMessage(['a', 'b'], () => 'more')).toBe('a\nb');
  });
});
