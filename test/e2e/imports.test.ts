import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness, type PostedMessage } from '../support/bot-harness.js';
import { cardProblems } from '../support/cards.js';
import { cardOf, cardText, isSummary, jobIdOf, summaryCounts } from '../support/users-flow.js';

const h = new BotHarness();
beforeAll(async () => {
  await h.start();
  await h.fx.call(null, 'PUT', '/sandbox/licenses/CJPSTD', { totalUnits: 200 });
  await h.fx.call(null, 'PUT', '/sandbox/licenses/CJPPRM', { totalUnits: 100 });
}, 60_000);
afterAll(() => h.stop());

const fixture = (name: string) => readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url));
const isModeCard = (m: PostedMessage) => /rows checked, no problems/.test(String(cardOf(m)?.body?.[0]?.text ?? ''));
const isPreviewCard = (m: PostedMessage) => String(cardOf(m)?.body?.[0]?.text ?? '').startsWith('Preview:');

async function exportUsers(): Promise<string> {
  const asked = await h.say('alice', 'export');
  const [reply] = await h.waitForReply(asked.id);
  expect(reply!.files).toHaveLength(1);
  return (await h.download('alice', reply!.files![0]!)).text;
}

/** Uploads a file, picks the mode, and returns the thread and the preview (or the bot's first answer). */
async function uploadAndPreview(
  name: string,
  data: Buffer,
  mode: 'add' | 'add-remove',
): Promise<{ thread: string; preview: PostedMessage }> {
  const upload = await h.upload('alice', name, data);
  const [modeCard] = await h.waitForReplies(upload.id, (r) => r.length >= 1);
  expect(isModeCard(modeCard!)).toBe(true);
  const action = (cardOf(modeCard)!.actions as { data: Record<string, string> }[]).find((a) => a.data.mode === mode)!;
  await h.submit('alice', modeCard!, action.data);
  const replies = await h.waitForReplies(upload.id, (r) => r.some(isPreviewCard));
  return { thread: upload.id, preview: replies.find(isPreviewCard)! };
}

/** The Control Hub steps for supervisors posted in a thread, naming `email`, and their "Done: check again" data. */
async function supervisorStep(
  thread: string,
  email: string,
): Promise<{ message: PostedMessage; done: Record<string, string> }> {
  const done = (m: PostedMessage) =>
    (cardOf(m)?.actions as { data?: Record<string, string> }[] | undefined)?.find(
      (a) => a.data?.action === 'sync.supervisorDone',
    )?.data;
  const replies = await h.waitForReplies(thread, (r) => r.some((m) => done(m) && cardText(m).includes(email)));
  const message = replies.find((m) => done(m) && cardText(m).includes(email))!;
  return { message, done: done(message)! };
}

async function confirm(thread: string, preview: PostedMessage, count = 1): Promise<PostedMessage[]> {
  await h.submit('alice', preview, { action: 'job.confirm', jobId: jobIdOf(preview) });
  return h.waitForReplies(thread, (r) => r.filter(isSummary).length >= count, undefined, 60_000);
}

describe('export', () => {
  it("posts every user in Control Hub's layout with the Contact Center Role and settings columns, formulas neutralised and + kept", async () => {
    const mallory = h.fx.person('mallory');
    const read = await h.fx.call('serviceApp', 'GET', `/people/${mallory.id}`);
    await h.fx.call('serviceApp', 'PUT', `/people/${mallory.id}`, {
      ...read.body,
      firstName: '=HYPERLINK("http://x")',
    });
    const text = await exportUsers();
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'User ID/Email (Required),First Name,Last Name,Display Name,Phone Number,Contact center Standard Agent,Contact Center Premium Agent,Contact Center Role,Site,Teams,Desktop Profile,Multimedia Profile,Skill Profile',
    );
    expect(lines).toContain(
      'dana.agent@acme.example.com,Dana,Reyes,Dana Reyes,+1 408 555 0101,TRUE,FALSE,Agent,Sao Paulo,Vendas,Padrao,,',
    );
    expect(lines).toContain(
      'alice.admin@acme.example.com,Alice,Admin,Alice Admin,,FALSE,TRUE,Administrator,Sao Paulo,Vendas,Padrao,,',
    );
    expect(lines).toContain('gus.nolicense@acme.example.com,Gus,Ward,Gus Ward,,FALSE,FALSE,,,,,,');
    expect(lines.find((l) => l.startsWith('mallory'))).toContain(`"'=HYPERLINK(""http://x"")"`);
    // The Contact Center Service Administrator role is no Control Hub administrator role of the CSV.
    expect(lines).toContain('cora.ccadmin@acme.example.com,Cora,Lima,Cora Lima,,FALSE,FALSE,,,,,,');
    expect(lines).toHaveLength(9);
  });

  it('re-imported unchanged, makes no write call to Webex', async () => {
    const text = await exportUsers();
    const since = h.fx.sandbox.exchanges.length;
    const { preview } = await uploadAndPreview('users.csv', Buffer.from(text, 'utf8'), 'add-remove');
    expect(cardText(preview)).toContain('0 to add, 0 to change (0 removals), 8 unchanged');
    expect(cardOf(preview)!.actions.map((a: { title: string }) => a.title)).toEqual(['Cancel']);
    expect(h.writeCallsSince(since)).toEqual([]);
  });
});

describe('import', () => {
  it('imports a Brazilian Windows-1252 file with VERDADEIRO/FALSO, after the preview and Confirm', async () => {
    const { thread, preview } = await uploadAndPreview(
      'usuarios.csv',
      fixture('brazil-semicolon-windows-1252.csv'),
      'add',
    );
    const text = cardText(preview);
    expect(text).toContain('2 to add, 1 to change (0 removals), 0 unchanged');
    expect(text).toContain(
      'Row 3, fatima.premium@acme.example.com: Premium Agent → Premium Agent + Full Administrator',
    );
    expect(h.personState('joao.conceicao@acme.example.com')).toBeUndefined();
    const replies = await confirm(thread, preview);
    expect(summaryCounts(replies.find(isSummary)!)).toEqual({ created: 2, updated: 1, unchanged: 0, failed: 0 });
    expect(h.personState('joao.conceicao@acme.example.com')).toMatchObject({
      displayName: 'João Conceição',
      licenses: ['CJPSTD'],
    });
    expect(h.personState('marcia.araujo@acme.example.com')).toMatchObject({
      firstName: 'Márcia',
      licenses: ['CJPPRM'],
    });
    expect(h.personState('fatima.premium@acme.example.com')!.roles).toEqual(['id_full_admin']);
    // Márcia is a Supervisor in the file: the role is given in Control Hub, so the summary asks for that
    // step, which the bot cannot take, and no settings to-do.
    const summary = cardText(replies.find(isSummary));
    expect(summary).toContain(
      'Contact Center: 2 ready and 1 needs settings. Still to do: the Supervisor role in Control Hub (steps in this thread).',
    );
    expect(summary).toContain(
      'Premium Agent (Supervisor) for marcia.araujo@acme.example.com: still to do. Give this user the Supervisor role in Control Hub',
    );
    expect(h.ccProfileOf('marcia.araujo@acme.example.com')).toBe('PREMIUM_AGENT');
    // The export writes her role as the admin chose it, not as the Agent the Contact Center still says.
    expect((await exportUsers()).split('\r\n').find((l) => l.startsWith('marcia.araujo@'))).toContain(',Supervisor,');
    // And `history` shows the change as the file asked for it.
    const [history] = await h.waitForReply((await h.say('alice', 'history marcia.araujo@acme.example.com')).id);
    expect(history!.markdown).toContain('Premium Agent (Supervisor)');
    // Once the administrator has given the role in Control Hub (the sandbox plays that step) and pressed
    // "Done: check again", the Contact Center holds her with a supervisor profile.
    const step = await supervisorStep(thread, 'marcia.araujo@acme.example.com');
    await h.fx.call(null, 'POST', '/sandbox/control-hub/supervisor', {
      email: 'marcia.araujo@acme.example.com',
      supervisor: true,
    });
    await h.submit('alice', step.message, step.done);
    await h.waitForReplies(thread, (r) =>
      r.some((m) =>
        (m.markdown ?? '').includes(
          'Premium Agent (Supervisor): confirmed in the Contact Center for marcia.araujo@acme.example.com.',
        ),
      ),
    );
    expect(h.ccProfileOf('marcia.araujo@acme.example.com')).toBe('SUPERVISOR');
    // The results file follows the summary.
    const withResults = await h.waitForReplies(thread, (r) => r.some((m) => m.markdown?.startsWith('Results of job')));
    const results = withResults.find((m) => m.markdown?.startsWith('Results of job'))!;
    const csv = (await h.download('alice', results.files![0]!)).text;
    expect(csv.split('\r\n')[0]).toBe(
      'Row,Email,Action,Outcome,Before,After,Contact Center settings,Reason,TrackingId',
    );
    // Before and after as the admin reads them, the Supervisor as such, and the settings written.
    expect(csv).toContain(
      '2,joao.conceicao@acme.example.com,create,created,,Standard Agent,Contact Center: site Sao Paulo (default)',
    );
    expect(csv).toContain(
      '3,fatima.premium@acme.example.com,update,updated,Premium Agent,Premium Agent + Full Administrator,,,ROUTER_',
    );
    expect(csv).toContain('4,marcia.araujo@acme.example.com,create,created,,Premium Agent (Supervisor),');
  });

  it("gives new users the file's Display Name and says once that phone numbers are not applied", async () => {
    const csv = [
      'User ID/Email (Required),First Name,Last Name,Display Name,Phone Number,Contact center Standard Agent',
      'rita.display@acme.example.com,Rita,Lobo,"Rita Lobo (Vendas)",+551130000001,TRUE',
      'tomas.display@acme.example.com,Tomás,Reis,,+551130000002,TRUE',
    ].join('\r\n');
    const { thread, preview } = await uploadAndPreview('names.csv', Buffer.from(csv), 'add');
    const text = cardText(preview);
    const note = 'Phone numbers in the file are not applied: Webex sets them only for Webex Calling users';
    expect(text.split(note)).toHaveLength(2);
    const replies = await confirm(thread, preview);
    expect(summaryCounts(replies.find(isSummary)!)).toEqual({ created: 2, updated: 0, unchanged: 0, failed: 0 });
    expect(h.personState('rita.display@acme.example.com')).toMatchObject({
      displayName: 'Rita Lobo (Vendas)',
      firstName: 'Rita',
      phoneNumbers: [],
      licenses: ['CJPSTD'],
    });
    expect(h.personState('tomas.display@acme.example.com')).toMatchObject({
      displayName: 'Tomás Reis',
      phoneNumbers: [],
    });
    const creates = h.fx.sandbox.exchanges.filter((e) => e.method === 'POST' && e.path === '/v1/people');
    expect(creates.some((e) => (e.requestBody as { phoneNumbers?: unknown }).phoneNumbers !== undefined)).toBe(false);
  });

  it('imports a UTF-16 file with tabs', async () => {
    const { thread, preview } = await uploadAndPreview('unicode.csv', fixture('utf16-tabs.csv'), 'add');
    await confirm(thread, preview);
    expect(h.personState('zoe.unicode@acme.example.com')).toMatchObject({
      firstName: 'Zoë',
      lastName: 'Ångström',
      licenses: ['CJPSTD'],
    });
  });

  it('lists every problem of a broken file and changes nothing', async () => {
    const since = h.fx.sandbox.exchanges.length;
    const upload = await h.upload('alice', 'hostile.csv', fixture('hostile.csv'));
    const [reply] = await h.waitForReplies(upload.id, (r) => r.length >= 1);
    expect(reply!.markdown).toMatch(/hostile.csv was not imported: 8 problems to fix first.\*\* Nothing was changed/);
    expect(reply!.markdown).toContain('Row 4: both Standard Agent and Premium Agent are TRUE');
    // The cell is quoted as data: its `|` escaped, so it cannot start a table or any other markup.
    expect(reply!.markdown).toContain('Row 7: First Name "=cmd\\|\' /C calc\'!A0" is a spreadsheet formula');
    const xlsx = await h.upload('alice', 'users.xlsx', fixture('workbook.xlsx'));
    const [xlsxReply] = await h.waitForReplies(xlsx.id, (r) => r.length >= 1);
    expect(xlsxReply!.markdown).toMatch(/Excel workbook \(\.xlsx\)/);
    const phones = await h.upload('alice', 'phones.csv', fixture('stripped-plus.csv'));
    const [phoneReply] = await h.waitForReplies(phones.id, (r) => r.length >= 1);
    expect(phoneReply!.markdown).toContain('use "+14085550199"');
    expect(h.writeCallsSince(since)).toEqual([]);
  });

  it('removes licenses only in "Add and remove services", and only after Confirm', async () => {
    const edited = (await exportUsers()).replace(
      'dana.agent@acme.example.com,Dana,Reyes,Dana Reyes,+1 408 555 0101,TRUE,FALSE,Agent,',
      'dana.agent@acme.example.com,Dana,Reyes,Dana Reyes,+1 408 555 0101,FALSE,FALSE,,',
    );
    const addOnly = await uploadAndPreview('edited.csv', Buffer.from(edited), 'add');
    expect(cardText(addOnly.preview)).toContain('0 to change (0 removals)');
    const { thread, preview } = await uploadAndPreview('edited.csv', Buffer.from(edited), 'add-remove');
    const text = cardText(preview);
    expect(text).toContain('Removals (1): confirm only if you mean them');
    expect(text).toContain('dana.agent@acme.example.com: Standard Agent → no Contact Center license');
    expect(text).toContain('Confirm: change 1 user, including 1 removal');
    expect(h.personState('dana.agent@acme.example.com')!.licenses).toEqual(['CJPSTD', 'MS']);
    await confirm(thread, preview);
    expect(h.personState('dana.agent@acme.example.com')!.licenses).toEqual(['MS']);
  });

  it('queues a second import while one runs, cancels, and completes the rest from the errors-only file', async () => {
    const header = 'User ID/Email (Required),First Name,Last Name,Contact center Standard Agent';
    const file = (prefix: string, n: number) =>
      Buffer.from(
        [header, ...Array.from({ length: n }, (_, i) => `${prefix}${i}@acme.example.com,${prefix},N${i},TRUE`)].join(
          '\n',
        ),
      );
    await h.fx.call(null, 'PUT', '/sandbox/faults', { latencyMs: 400, pathPattern: '^POST /v1/people$' });
    try {
      const first = await uploadAndPreview('first.csv', file('first', 80), 'add');
      const second = await uploadAndPreview('second.csv', file('second', 3), 'add');
      await h.submit('alice', first.preview, { action: 'job.confirm', jobId: jobIdOf(first.preview) });
      await h.submit('alice', second.preview, { action: 'job.confirm', jobId: jobIdOf(second.preview) });
      const queued = await h.waitForReplies(second.thread, (r) => r.some((m) => /^Queued:/.test(m.markdown ?? '')));
      expect(queued.find((m) => /^Queued:/.test(m.markdown ?? ''))!.markdown).toContain(
        `Job \`${jobIdOf(second.preview)}\` is number 1 in the queue`,
      );
      const tasks = await h.say('alice', 'tasks');
      const [list] = await h.waitForReply(tasks.id);
      expect(list!.markdown).toContain(
        `\`${jobIdOf(second.preview)}\` file second.csv (Add services only), by alice.admin@acme.example.com`,
      );
      expect(list!.markdown).toMatch(/\*\*queued\*\* \(number 1 in line\)/);

      // Stop the running import after a few users: what was done stays done.
      const cancel = await h.say('alice', `cancel ${jobIdOf(first.preview)}`);
      const [stopping] = await h.waitForReply(cancel.id);
      expect(stopping!.markdown).toContain('Stopping job');
      const didNotGoThrough = (m: PostedMessage) =>
        /^The (\d+ rows|row) that did not go through/.test(m.markdown ?? '');
      const firstReplies = await h.waitForReplies(first.thread, (r) => r.some(didNotGoThrough), undefined, 60_000);
      const summary = firstReplies.find(isSummary)!;
      expect(cardText(summary)).toMatch(/was cancelled after \d+ of 80 users/);
      const done = summaryCounts(summary).created!;
      expect(done).toBeLessThan(80);

      const detail = await h.say('alice', `task ${jobIdOf(first.preview)}`);
      const [detailReply] = await h.waitForReply(detail.id);
      expect(detailReply!.markdown).toMatch(new RegExp(`^\\*\\*Job ${jobIdOf(first.preview)}\\*\\*: .*file first.csv`));
      const unknown = await h.say('alice', 'cancel job-nope');
      const [unknownReply] = await h.waitForReply(unknown.id);
      expect(unknownReply!.markdown).toBe('There is no job "job-nope". Send `tasks` to see the recent ones.');

      // The queued import starts by itself and finishes.
      const secondReplies = await h.waitForReplies(second.thread, (r) => r.some(isSummary), undefined, 60_000);
      // Its progress message ("Starting queued job ...") was edited into the final count.
      expect(
        secondReplies.some((m) =>
          new RegExp(`^Finished job \`${jobIdOf(second.preview)}\`: 3 users were handled`).test(m.markdown ?? ''),
        ),
      ).toBe(true);
      expect(summaryCounts(secondReplies.find(isSummary)!)).toMatchObject({ created: 3 });

      // The errors-only file holds exactly the rows not reached; uploading it finishes the job.
      const errorsMessage = firstReplies.find(didNotGoThrough)!;
      const errors = await h.download('alice', errorsMessage.files![0]!);
      expect(errors.filename).toBe(`errors-${jobIdOf(first.preview)}.csv`);
      const rows = errors.text.trim().split('\r\n');
      expect(rows[0]).toBe(header);
      expect(rows).toHaveLength(1 + 80 - done);
      const redo = await uploadAndPreview(errors.filename, Buffer.from(errors.text), 'add');
      expect(cardText(redo.preview)).toContain(`${80 - done} to add`);
      await confirm(redo.thread, redo.preview);
      for (let i = 0; i < 80; i += 1) expect(h.personState(`first${i}@acme.example.com`)!.licenses).toEqual(['CJPSTD']);
    } finally {
      await h.fx.call(null, 'DELETE', '/sandbox/faults');
    }
  }, 120_000);

  it('explains how to import, and every card it sent is valid Adaptive Cards 1.3', async () => {
    const asked = await h.say('alice', 'import');
    const [reply] = await h.waitForReply(asked.id);
    expect(reply!.markdown).toContain('Upload the file in this space');
    for (const card of h.botCards()) expect(cardProblems(card)).toEqual([]);
  });
});
