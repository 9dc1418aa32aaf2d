import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness } from '../support/bot-harness.js';
import { launchChromium, screenshot } from '../support/browser.js';

// The add-users card as an administrator uses it in the sandbox page, on a wide screen and at phone
// width: what they paste, what the preview says before Confirm, and what Webex (the sandbox) then holds.
const h = new BotHarness();
let browser: Browser;
const pageErrors: string[] = [];

beforeAll(async () => {
  await h.start();
  await h.fx.call(null, 'PUT', '/sandbox/licenses/CJPSTD', { totalUnits: 50 });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await h.stop();
});

async function openPage(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${h.fx.url}/ui/`);
  await page.getByTestId('person').waitFor();
  await page.getByTestId('person').selectOption('alice.admin@acme.example.com');
  return page;
}

/** "add" in a new conversation, the card filled in, Preview pressed: the preview card. */
async function preview(
  page: Page,
  input: { entries: string; role: string; welcome?: boolean },
): Promise<{ replies: Locator; preview: Locator }> {
  const conversations = page.locator('.conversation');
  const before = await conversations.count();
  await page.getByTestId('text').fill('add');
  await page.getByTestId('send').click();
  await expect.poll(() => conversations.count(), { timeout: 15_000 }).toBeGreaterThan(before);
  const replies = conversations.last().getByTestId('bot-message');
  const card = replies.filter({ hasText: 'Users (one per line' }).last();
  await card.waitFor({ timeout: 15_000 });
  await card.locator('textarea').fill(input.entries);
  await card.getByLabel('What to do for these users').selectOption(input.role);
  if (input.welcome) await card.getByLabel(/Ask Webex to send activation emails/).check();
  await card.locator('button', { hasText: 'Preview' }).click();
  const shown = replies.filter({ hasText: 'Preview:' }).last();
  await shown.waitFor({ timeout: 15_000 });
  return { replies, preview: shown };
}

async function confirm(replies: Locator, shown: Locator, label: string): Promise<void> {
  await shown.locator('button', { hasText: label }).click();
  await expect.poll(() => replies.filter({ hasText: 'finished' }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
}

describe.each([1280, 390])('the add-users card in the browser at %i px', (width) => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage(width);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('adds both people of an Outlook paste, with their names', async () => {
    const otavio = `otavio.nunes.${width}@acme.example.com`;
    const paula = `paula.reis.${width}@acme.example.com`;
    const { replies, preview: shown } = await preview(page, {
      entries: `Otavio Nunes <${otavio}>; Paula Reis <${paula}>`,
      role: 'standard',
    });
    const text = (await shown.textContent()) ?? '';
    expect(text).toContain('Preview: 2 to add');
    expect(text).toContain(`${otavio} (Otavio Nunes): Standard Agent`);
    expect(text).toContain(`${paula} (Paula Reis): Standard Agent`);
    await screenshot(page, `outlook-paste-preview-${width}`);
    await confirm(replies, shown, 'Confirm: add 2 users');
    await expect.poll(() => h.personState(otavio)?.displayName).toBe('Otavio Nunes');
    expect(h.personState(paula)).toMatchObject({ firstName: 'Paula', lastName: 'Reis', licenses: ['CJPSTD'] });
  });

  it('shows whom the activation email reaches, and a Supervisor as such', async () => {
    const pending = [...h.fx.sandbox.state.people.values()].filter((p) => p.kind === 'person' && p.invitePending);
    const { preview: welcome } = await preview(page, {
      entries: `Sara Lima <sara.sup.${width}@acme.example.com>`,
      role: 'supervisor',
      welcome: true,
    });
    const text = (await welcome.textContent()) ?? '';
    expect(text).toContain(`Activation emails go to ${pending.length + 1} people: the new user, and ${pending.length}`);
    expect(text).toContain(`sara.sup.${width}@acme.example.com (Sara Lima): Premium Agent (Supervisor)`);
    await welcome.scrollIntoViewIfNeeded();
    await screenshot(page, `activation-supervisor-preview-${width}`);
    await welcome.locator('button', { hasText: 'Cancel' }).click();
  });

  it('removes the Contact Center license by card', async () => {
    const email = `otavio.nunes.${width}@acme.example.com`;
    expect(h.personState(email)!.licenses).toEqual(['CJPSTD']);
    const { replies, preview: shown } = await preview(page, { entries: email, role: 'remove-license' });
    const text = (await shown.textContent()) ?? '';
    expect(text).toContain(`${email}: Standard Agent → no Contact Center license`);
    expect(text).toContain('1 seat freed');
    await screenshot(page, `remove-license-preview-${width}`);
    await confirm(replies, shown, 'Confirm: change 1 user');
    await expect.poll(() => h.personState(email)?.licenses).toEqual([]);
  });

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
