import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness } from '../support/bot-harness.js';
import { launchChromium, openSandboxPage, screenshot } from '../support/browser.js';

// The alert card as an administrator sees it on a phone: the sandbox page at 390 px, rendered by the
// Adaptive Cards renderer in headless Chromium. The card must fit in about one and a half screens.
const PHONE = { width: 390, height: 844 };
const MAX_ALERT_HEIGHT = 700;

const h = new BotHarness();
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  await h.start();
  browser = await launchChromium();
  page = await openSandboxPage(browser, h.fx.url, { viewport: PHONE }, pageErrors);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await h.stop();
});

/** The alert card with this headline, once posted, scrolled into view: as wide as the phone, under the bound. */
async function alertCard(headline: string): Promise<{ card: Locator; box: { width: number; height: number } }> {
  const alert = page.locator('.conversation').filter({ hasText: headline }).last().getByTestId('bot-message').first();
  await alert.waitFor({ timeout: 45_000 });
  const card = alert.locator('.ac-adaptiveCard').first();
  await card.scrollIntoViewIfNeeded();
  const box = (await card.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(PHONE.width);
  expect(box.height).toBeLessThanOrEqual(MAX_ALERT_HEIGHT);
  return { card, box };
}

describe('a sync alert at phone width', () => {
  it(`is at most ${MAX_ALERT_HEIGHT} px tall, with the support text and a Dismiss that asks first`, async () => {
    // A licensed user that every synchronization leaves out (the case of the issue): after the
    // re-syncs, an alert with every part an alert has (user, tries, steps, support text, buttons).
    const emails = ['gus.nolicense@acme.example.com'];
    for (const email of emails) {
      const licensed = await h.fx.call('serviceApp', 'PATCH', '/licenses/users', {
        email,
        licenses: [{ id: h.fx.license('CJPSTD').id, operation: 'add' }],
      });
      expect(licensed.status).toBe(200);
      await h.fx.call(null, 'PUT', '/sandbox/contact-center/invalid', { email, mode: 'always' });
    }
    await page.getByTestId('person').selectOption('alice.admin@acme.example.com');
    await page.getByTestId('text').fill(`sync ${emails[0]}`);
    await page.getByTestId('send').click();

    const { card, box } = await alertCard('1 user is Invalid in the Contact Center');
    expect(box.height).toBeGreaterThan(200);
    await screenshot(page, 'sync-alert-390');

    // Each user on one line, no internal ids on the card; every id is in the text to copy for support.
    const text = (await card.textContent()) ?? '';
    for (const email of emails) expect(text).toContain(email);
    expect(text).not.toMatch(/alert-[0-9a-f]{6}|sync-[0-9a-f]{6}/);
    const support = await card.locator('textarea').inputValue();
    expect(support).toContain(`Organization ID: ${h.fx.sandbox.state.orgUuid}`);
    expect(support).toContain('CI user id');

    // Dismiss opens its question in the card; nothing is sent before "Yes, dismiss".
    await card.locator('button', { hasText: /^Dismiss$/ }).click();
    await expect.poll(() => card.textContent()).toContain('Dismiss this alert?');
    await screenshot(page, 'sync-alert-390-dismiss');
    await card.locator('button', { hasText: 'Yes, dismiss' }).click();
    await expect
      .poll(() => page.locator('.conversation').filter({ hasText: 'Dismissed by' }).count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
  });

  it('is as short in Portuguese, the language of a space that speaks it', async () => {
    // The alert speaks the space's default language: the bot starts again with Portuguese. The user's
    // first alert was dismissed, so the next check raises a new one.
    await h.app.stop();
    h.app = await h.startBot({ config: { defaultLanguage: 'pt-BR' } });
    await page.getByTestId('text').fill('sincronizar gus.nolicense@acme.example.com');
    await page.getByTestId('send').click();
    const { card } = await alertCard('1 usuário inválido no Contact Center');
    expect(await card.textContent()).toContain('O que fazer');
    expect(await card.locator('textarea').inputValue()).toContain('ID da organização');
    await screenshot(page, 'sync-alert-390-pt');
  });

  it('threw no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
