import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGE_BYTES } from '../../src/bot/fit-message.js';
import { BotHarness, type PostedMessage } from '../support/bot-harness.js';

const h = new BotHarness();
beforeAll(() => h.start(), 60_000);
afterAll(() => h.stop());

const HEADER =
  'User ID/Email (Required),First Name,Last Name,Display Name,Phone Number,Contact center Standard Agent,Contact Center Premium Agent,Contact Center Role';
const DANA = 'dana.agent@acme.example.com,Dana,Reyes,Dana Reyes,+1 408 555 0101,TRUE,FALSE,Agent';
const csv = (...lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`);

/** The people as the sandbox holds them, to show that a refused file changed none of them. */
const people = () => JSON.stringify([...h.fx.sandbox.state.people.values()]);

/** Uploads a file and returns the bot's answer: a refusal, where a file that passed gets the mode card. */
async function refusal(name: string, data: Buffer): Promise<string> {
  const upload = await h.upload('alice', name, data);
  const [reply]: PostedMessage[] = await h.waitForReplies(upload.id, (r) => r.length >= 1);
  expect(reply!.attachments ?? []).toEqual([]);
  expect(reply!.markdown).toMatch(new RegExp(`^\\*\\*${name.replaceAll('.', '\\.')} was not imported`));
  expect(Buffer.byteLength(reply!.markdown ?? '', 'utf8')).toBeLessThanOrEqual(MESSAGE_BYTES);
  return reply!.markdown ?? '';
}

describe('hostile import files', () => {
  it('are refused at pre-flight with the problem and its row, and nothing is written to Webex', async () => {
    const since = h.fx.sandbox.exchanges.length;
    const before = people();

    // An unquoted comma in Dana's display name would plan Premium Agent for a row meant as Standard Agent.
    const shifted = await refusal(
      'shifted.csv',
      csv(HEADER, 'dana.agent@acme.example.com,Dana,Reyes,Reyes, Dana,+1 408 555 0101,TRUE,FALSE,Agent'),
    );
    expect(shifted).toBe(
      '**shifted.csv was not imported: 1 problem to fix first.** Nothing was changed.\n- Row 2 has 9 values but the header has 8 columns, so its values would land under the wrong columns. A value, such as a name, probably holds an unquoted comma: put that value in quotes.',
    );

    const repeated = await refusal('repeated.csv', csv(`${HEADER},Email`, `${DANA},eli.agent@acme.example.com`));
    expect(repeated).toContain(
      '- The header has the same column more than once: "User ID/Email (Required)" (A) and "Email" (I).',
    );

    // One name saved by a Windows-1252 editor into an otherwise UTF-8 file.
    const mixed = await refusal(
      'mixed.csv',
      Buffer.concat([
        csv(HEADER, DANA, 'zoe.unicode@acme.example.com,Zoë,Ångström,Zoë Ångström,,TRUE,FALSE,Agent'),
        Buffer.from('fatima.new@acme.example.com,F\xe1tima,Ara\xfajo,,,TRUE,FALSE,Agent\r\n', 'latin1'),
      ]),
    );
    expect(mixed).toContain('- Row 4 is written in a different text encoding from the rest of the file');

    const headerOnly = await refusal('header-only.csv', csv(HEADER));
    expect(headerOnly).toContain('- The file has no users: there is a header row but no rows under it.');

    const filler = Array.from({ length: 1_500 }, (_, i) => `filler${i}@acme.example.com,Fil,Ler,,,TRUE,FALSE,Agent`);
    const nul = await refusal('nul.csv', csv(HEADER, ...filler, 'late@acme.example.com,La\u0000te,User,,,TRUE,FALSE,'));
    expect(nul).toContain('- Row 1502 holds a NUL character (a zero byte)');

    const formulas = await refusal(
      'formulas.csv',
      csv(
        HEADER,
        'dana.agent@acme.example.com,Dana,Reyes,Dana Reyes,"=HYPERLINK(""http://evil.example/x"",""call"")",TRUE,FALSE,Agent',
        'eli.agent@acme.example.com,Eli,Novak,Eli Novak,+55 11 91234-5678,FALSE,TRUE,@SUM(A1)',
      ),
    );
    expect(formulas).toBe(
      [
        '**formulas.csv was not imported: 2 problems to fix first.** Nothing was changed.',
        '- Row 2: "=HYPERLINK("http\\://evil.example/x","call")" in "Phone Number" is a spreadsheet formula, which a spreadsheet would run when the file is opened. Type the value itself instead.',
        '- Row 3: "@SUM(A1)" in "Contact Center Role" is a spreadsheet formula, which a spreadsheet would run when the file is opened. Type the value itself instead.',
      ].join('\n'),
    );

    const names = [HEADER, ...Array.from({ length: 9_992 }, (_, i) => `Other service ${i + 1}`)];
    const wide = await refusal('wide.csv', csv(names.join(','), DANA));
    expect(wide).toMatch(
      /^\*\*wide\.csv was not imported: 1 problem to fix first\.\*\* Nothing was changed\.\n- The header row has 10,000 columns \("User ID\/Email \(Required\)", "First Name", "Last Name", "Display Name", "Phone Number", …\)/,
    );
    expect(wide.length).toBeLessThan(600);

    expect(h.writeCallsSince(since)).toEqual([]);
    expect(people()).toBe(before);
  }, 60_000);

  it('with thousands of problems get one answer that fits a Webex message and counts the rest', async () => {
    const since = h.fx.sandbox.exchanges.length;
    const rows = Array.from(
      { length: 3_000 },
      (_, i) => `user${i}@acme.example.com,${'😀'.repeat(300)},=${'😀'.repeat(300)},,,TRUE,FALSE,Chief`,
    );
    const answer = await refusal(`${'many-problems-'.repeat(15)}.csv`, csv(HEADER, ...rows));
    const lines = answer.split('\n');
    expect(lines[0]).toMatch(/was not imported: 9,000 problems to fix first/);
    expect(lines).toHaveLength(16);
    expect(lines.slice(1, 4)).toEqual([
      '- Row 2: First Name is longer than 256 characters.',
      `- Row 2: Last Name "=${'😀'.repeat(29)}…" is a spreadsheet formula, not a name.`,
      '- Row 2: "Chief" in "Contact Center Role" is not a role I know. Write Agent, Supervisor or Administrator (or the Portuguese Agente, Supervisora, Administradora...), or leave the cell blank.',
    ]);
    expect(lines.at(-1)).toBe(
      '- …and 8,986 more problems: fix these first, then upload the file again to see the rest.',
    );
    expect(h.writeCallsSince(since)).toEqual([]);
  }, 60_000);
});
