import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness } from '../support/bot-harness.js';
import { launchChromium, screenshot } from '../support/browser.js';

// The sandbox and the bot run for real; the page is what `npm start` serves, in headless Chromium.
const h = new BotHarness();
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  await h.start();
  await h.fx.call(null, 'PUT', '/sandbox/licenses/CJPSTD', { totalUnits: 50 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${h.fx.url}/ui/`);
  await page.getByTestId('person').waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await h.stop();
});

const conversations = () => page.locator('.conversation');

/**
 * Types a message to the bot as the chosen person (a new conversation, shown last) and returns the
 * bot's answers in its thread once there is one.
 */
async function say(text: string): Promise<Locator> {
  const before = await conversations().count();
  await page.getByTestId('text').fill(text);
  await page.getByTestId('send').click();
  await expect.poll(() => conversations().count(), { timeout: 15_000 }).toBeGreaterThan(before);
  const replies = conversations().last().getByTestId('bot-message');
  await replies.first().waitFor({ timeout: 15_000 });
  return replies;
}

async function actAs(email: string): Promise<void> {
  await page.getByTestId('person').selectOption(email);
}

describe('the sandbox in a browser', () => {
  it('shows the help card, rendered by the Adaptive Cards renderer, when an admin says help', async () => {
    await actAs('alice.admin@acme.example.com');
    const replies = await say('help');
    const card = replies.last().locator('.ac-adaptiveCard');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toContain('I add and change Webex Contact Center users from this space');
    expect(await card.locator('button', { hasText: 'Add users' }).count()).toBe(1);
    await screenshot(page, 'help');
  });

  it('fills in the add-users card, previews, confirms, and shows the summary card', async () => {
    const thread = conversations().last();
    await thread.locator('button', { hasText: 'Add users' }).click();
    const replies = thread.getByTestId('bot-message');
    const addCard = replies.filter({ hasText: 'Users, one per line' }).last();
    await addCard.waitFor({ timeout: 15_000 });
    await addCard.locator('textarea').fill('nora.browser@acme.example.com');
    await addCard.getByLabel('Contact Center role').selectOption('standard');
    await screenshot(page, 'add-users-card');
    await addCard.locator('button', { hasText: 'Preview' }).click();
    const preview = replies.filter({ hasText: 'Preview: 1 to create' }).last();
    await preview.waitFor({ timeout: 15_000 });
    expect(await preview.textContent()).toContain('nora.browser@acme.example.com: Standard Agent');
    await screenshot(page, 'preview');
    await preview.locator('button', { hasText: 'Confirm: change 1 user' }).click();
    const summary = replies.filter({ hasText: 'finished: every user is done' }).last();
    await summary.waitFor({ timeout: 30_000 });
    expect(await summary.textContent()).toContain('Contact Center: 1 ready. Nothing left to do.');
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
    const before = await conversations().count();
    await page
      .getByTestId('file')
      .setInputFiles({ name: 'agents.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => conversations().count(), { timeout: 15_000 }).toBeGreaterThan(before);
    const replies = conversations().last().getByTestId('bot-message');
    const modeCard = replies.filter({ hasText: 'agents.csv: 1 row checked, no problems' }).last();
    await modeCard.waitFor({ timeout: 15_000 });
    await modeCard.locator('button', { hasText: 'Add services only' }).click();
    const preview = replies.filter({ hasText: 'Preview: 1 to create' }).last();
    await preview.waitFor({ timeout: 15_000 });
    await preview.locator('button', { hasText: 'Confirm: change 1 user' }).click();
    const results = replies.filter({ hasText: 'Results of job' }).last();
    await results.waitFor({ timeout: 30_000 });
    await expect.poll(() => results.getByTestId('file').textContent()).toMatch(/results-job-\w+\.csv/);
    const [download] = await Promise.all([page.waitForEvent('download'), results.getByTestId('file').click()]);
    expect(download.suggestedFilename()).toMatch(/^results-job-\w+\.csv$/);
    expect(h.personState('olga.csv@acme.example.com')).toMatchObject({
      licenses: ['CJPSTD'],
      displayName: 'Olga Lima',
    });
    await results.scrollIntoViewIfNeeded();
    await screenshot(page, 'csv-import');
  });

  it('refuses a member who is not an administrator', async () => {
    await actAs('mallory.member@acme.example.com');
    const replies = await say('help');
    expect(await replies.first().textContent()).toContain('only Control Hub administrators of this organisation');
    await screenshot(page, 'refused');
    await actAs('alice.admin@acme.example.com');
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
    await say(`sync ${gus}`);
    // The alert is posted at the top level of the space, not in the thread of the command.
    const alert = conversations()
      .filter({ hasText: '1 user is Invalid in the Contact Center' })
      .last()
      .getByTestId('bot-message')
      .first();
    await alert.waitFor({ timeout: 30_000 });
    const text = await alert.textContent();
    expect(text).toContain('gus.nolicense@acme.example.com');
    expect(text).toContain('Retry sync');
    expect(await alert.locator('textarea').inputValue()).toContain(`Organization ID: ${h.fx.sandbox.state.orgUuid}`);
    await alert.scrollIntoViewIfNeeded();
    await screenshot(page, 'sync-alert');
  });

  it('threw no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
