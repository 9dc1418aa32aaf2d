import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness } from '../support/bot-harness.js';
import { launchChromium, openSandboxPage, screenshot } from '../support/browser.js';
import { actAs, addUsersByCard, botMessages, confirm, conversations, openHelp, say } from '../support/page-steps.js';

// The sandbox and the bot run for real; the page is what `npm start` serves, in headless Chromium.
const h = new BotHarness();
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  await h.start();
  await h.fx.call(null, 'PUT', '/sandbox/licenses/CJPSTD', { totalUnits: 50 });
  browser = await launchChromium();
  page = await openSandboxPage(
    browser,
    h.fx.url,
    { viewport: { width: 1400, height: 900 }, acceptDownloads: true },
    pageErrors,
  );
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await h.stop();
});

describe('the sandbox in a browser', () => {
  it('shows the help card, rendered by the Adaptive Cards renderer, when an admin says help', async () => {
    await actAs(page, 'alice.admin@acme.example.com');
    const { card: help } = await openHelp(page);
    expect(await help.locator('.ac-adaptiveCard').count()).toBe(1);
    expect(await help.locator('[data-action="users.card"]').count()).toBe(1);
    await screenshot(page, 'help');
  });

  it('fills in the add-users card, previews, confirms, and shows the summary card', async () => {
    const thread = conversations(page).last();
    const { preview } = await addUsersByCard(thread, ['nora.browser@acme.example.com'], 'standard', {
      shots: 'add-users-card',
    });
    expect(await preview.textContent()).toContain('nora.browser@acme.example.com');
    await screenshot(page, 'preview');
    const summary = await confirm(thread, preview);
    expect(h.personState('nora.browser@acme.example.com')).toMatchObject({ licenses: ['CJPSTD'] });
    // The side panel shows the new user, licensed and in the Contact Center.
    const row = page.locator('tr[data-email="nora.browser@acme.example.com"]');
    await expect.poll(() => row.textContent()).toContain('enabled, standard agent');
    await summary.scrollIntoViewIfNeeded();
    await screenshot(page, 'summary');
  });

  it('uploads a CSV file, imports it, and offers the results file for download', async () => {
    const csv =
      'User ID/Email (Required),First Name,Last Name,Contact center Standard Agent,Contact Center Premium Agent\nolga.csv@acme.example.com,Olga,Lima,TRUE,FALSE\n';
    const before = await conversations(page).count();
    await page
      .getByTestId('upload')
      .setInputFiles({ name: 'agents.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => conversations(page).count(), { timeout: 15_000 }).toBeGreaterThan(before);
    const thread = conversations(page).nth(before);
    const replies = botMessages(thread);
    const modeCard = replies.filter({ has: page.locator('[data-action="import.mode"]') }).last();
    await modeCard.waitFor({ timeout: 15_000 });
    await modeCard.locator('[data-action="import.mode"][data-mode="add"]').click();
    const preview = replies.filter({ has: page.locator('[data-action="job.confirm"]') }).last();
    await preview.waitFor({ timeout: 15_000 });
    expect(await preview.textContent()).toContain('olga.csv@acme.example.com');
    await preview.locator('[data-action="job.confirm"]').click();
    // The results file: a message of the thread with a file to download.
    const results = replies.filter({ has: page.getByTestId('file') }).last();
    await results.waitFor({ timeout: 30_000 });
    await expect.poll(() => results.getByTestId('file').textContent()).toMatch(/results-job-[\w-]+\.csv/);
    const [download] = await Promise.all([page.waitForEvent('download'), results.getByTestId('file').click()]);
    expect(download.suggestedFilename()).toMatch(/^results-job-[\w-]+\.csv$/);
    expect(h.personState('olga.csv@acme.example.com')).toMatchObject({
      licenses: ['CJPSTD'],
      displayName: 'Olga Lima',
    });
    await results.scrollIntoViewIfNeeded();
    await screenshot(page, 'csv-import');
  });

  it('refuses a member who is not an administrator', async () => {
    await actAs(page, 'mallory.member@acme.example.com');
    const thread = await say(page, 'help');
    // A plain refusal: no card, and nothing the member could press.
    const answer = botMessages(thread).first();
    expect(await answer.textContent()).toContain('only Control Hub administrators of this organization');
    expect(await answer.locator('.ac-adaptiveCard').count()).toBe(0);
    await screenshot(page, 'refused');
    await actAs(page, 'alice.admin@acme.example.com');
  });

  it('shows a sync alert after the side panel makes a licensed user fail to synchronise', async () => {
    // Gus is licensed (as Control Hub would do it), but every synchronisation fails for him: he never
    // reaches the Contact Center, a real fault once the deadline passes.
    const gus = 'gus.nolicense@acme.example.com';
    const licensed = await h.fx.call('serviceApp', 'PATCH', '/licenses/users', {
      email: gus,
      licenses: [{ id: h.fx.license('CJPSTD').id, operation: 'add' }],
    });
    expect(licensed.status).toBe(200);
    await page.getByTestId('invalid-email').selectOption(gus);
    await page.getByTestId('invalid-mode').selectOption('always');
    await page.getByTestId('invalid-apply').click();
    await page.getByTestId('synchronize').click();
    const row = page.locator(`tr[data-email="${gus}"]`);
    await expect
      .poll(() => row.textContent(), { timeout: 10_000 })
      .toContain('Invalid: the last synchronisation left them out');
    await say(page, `sync ${gus}`);
    // The alert is posted at the top level of the space, not in the thread of the command.
    const alert = conversations(page)
      .locator(':scope > [data-testid="bot-message"]')
      .filter({ has: page.locator('[data-action="sync.retry"]') })
      .last();
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toContain('gus.nolicense@acme.example.com');
    // Dismiss asks first: its button opens the question, whose answer is the real action.
    await alert.locator('button', { hasText: /^Dismiss$/ }).click();
    await alert.locator('button', { hasText: 'Yes, dismiss' }).waitFor({ timeout: 5_000 });
    expect(await alert.locator('[data-input="supportText"] textarea').inputValue()).toContain(
      h.fx.sandbox.state.orgUuid,
    );
    await alert.scrollIntoViewIfNeeded();
    await screenshot(page, 'sync-alert');
  });

  it('threw no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
