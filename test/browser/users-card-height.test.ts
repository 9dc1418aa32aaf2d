import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness } from '../support/bot-harness.js';
import { launchChromium, openSandboxPage, screenshot } from '../support/browser.js';

// The add and modify cards as an administrator sees them on a phone: the sandbox page at 390 px,
// rendered by the Adaptive Cards renderer in headless Chromium. Each fits in little more than one screen,
// and says each role's meaning once (not a table of every role under the dropdown).
const PHONE = { width: 390, height: 844 };
// Was about 1,500 px, with a line per role under the dropdown.
const MAX_CARD_HEIGHT = 900;

const h = new BotHarness();
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  await h.start();
  browser = await launchChromium();
  page = await openSandboxPage(browser, h.fx.url, { viewport: PHONE }, pageErrors);
  await page.getByTestId('person').selectOption('alice.admin@acme.example.com');
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await h.stop();
});

/** Says a command in a new conversation; the card it answers with, once drawn. */
async function cardFor(command: string) {
  const conversations = page.locator('.conversation');
  const before = await conversations.count();
  await page.getByTestId('text').fill(command);
  await page.getByTestId('send').click();
  await expect.poll(() => conversations.count(), { timeout: 15_000 }).toBeGreaterThan(before);
  const card = conversations.last().getByTestId('bot-message').first().locator('.ac-adaptiveCard').first();
  await card.waitFor({ timeout: 15_000 });
  await card.scrollIntoViewIfNeeded();
  return card;
}

describe.each([
  ['en', 'language en', 'add', 'modify', 'Premium Agent license.', 'Ask Webex to send activation emails'],
  [
    'pt',
    'idioma pt-BR',
    'adicionar',
    'modificar',
    'Licença de Agente Premium.',
    'Pedir ao Webex os e-mails de ativação',
  ],
] as const)('the add and modify cards at phone width, in %s', (lang, language, add, modify, explanation, welcome) => {
  beforeAll(async () => {
    await page.getByTestId('text').fill(language);
    await page.getByTestId('send').click();
  });

  for (const [kind, command] of [
    ['add', add],
    ['modify', modify],
  ] as const)
    it(`draws the ${kind} card at most ${MAX_CARD_HEIGHT} px tall, without a table of every role${kind === 'modify' ? ' nor activation emails' : ''}`, async () => {
      const card = await cardFor(command);
      const box = (await card.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(PHONE.width);
      expect(box.height).toBeGreaterThan(300);
      expect(box.height).toBeLessThanOrEqual(MAX_CARD_HEIGHT);
      expect(await card.textContent()).not.toContain(explanation);
      // A modify card never creates users, so it offers no activation emails.
      expect(((await card.textContent()) ?? '').includes(welcome)).toBe(kind === 'add');
      await screenshot(page, `${kind}-card-390-${lang}`);
    });

  it("shows a preview's buttons whole, the one for names from the addresses too", async () => {
    const card = await cardFor(add);
    await card.locator('textarea').fill(`nameless.${lang}@acme.example.com`);
    await card.locator('[data-action="users.preview"]').click();
    const replies = page.locator('.conversation').last().getByTestId('bot-message');
    await expect.poll(() => replies.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const preview = replies.last().locator('.ac-adaptiveCard').first();
    await preview.locator('button').first().waitFor({ timeout: 15_000 });
    await preview.scrollIntoViewIfNeeded();
    const buttons = await preview
      .locator('button')
      .evaluateAll((all) => all.map((b) => ({ text: b.textContent ?? '', cut: b.scrollWidth > b.clientWidth })));
    expect(buttons.length).toBe(3);
    expect(buttons.filter((b) => b.cut)).toEqual([]);
    await screenshot(page, `names-preview-390-${lang}`);
  });

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
