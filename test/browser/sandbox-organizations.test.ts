import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openSandboxPage, screenshot } from '../support/browser.js';
import { SandboxFixture } from '../support/sandbox-api.js';

// The sandbox's page without a bot: acting as people of the three organisations, and the users table of
// the organisation chosen in the panel.
const fx = new SandboxFixture();
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  await fx.start();
  browser = await launchChromium();
  page = await openSandboxPage(browser, fx.url, { viewport: { width: 1400, height: 900 } }, pageErrors);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await fx.stop();
});

const row = (email: string) => page.locator(`tr[data-email="${email}"]`);
const optionLabels = (testId: string) =>
  page
    .getByTestId(testId)
    .locator('optgroup')
    .evaluateAll((groups) => groups.map((g) => g.getAttribute('label')));

describe('the sandbox page with several organisations', () => {
  it('offers the people of every organisation, grouped, and moves a person to a space they are in', async () => {
    expect(await optionLabels('person')).toEqual(['Acme Contact Center', 'Globex Service Desk', 'Northwind Partners']);
    expect(await page.getByTestId('room').inputValue()).toBe(fx.seed.adminSpaceId);

    await page.getByTestId('person').selectOption('gina.admin@globex.example.com');
    await expect.poll(() => page.getByTestId('room').inputValue()).toBe(fx.org('globex').adminSpaceId);
    await page.getByTestId('person').selectOption('pat.partner@partner.example.com');
    await expect.poll(() => page.getByTestId('room').inputValue()).toBe(fx.seed.partnerSpaceId);
    // The bot is in the partner's space too, so pat can talk to it there.
    await page.getByTestId('text').fill('hello from the partner');
    await page.getByTestId('send').click();
    await expect.poll(() => page.getByTestId('messages').textContent()).toContain('hello from the partner');
    expect(await page.getByTestId('messages').textContent()).toContain('Pat Morgan');
  });

  it('shows the users of the organisation chosen, acme by default', async () => {
    await expect.poll(() => row('alice.admin@acme.example.com').count()).toBe(1);
    expect(await row('gil.agent@globex.example.com').count()).toBe(0);

    await page.getByTestId('org').selectOption('globex');
    await expect.poll(() => row('gil.agent@globex.example.com').textContent()).toContain('enabled, standard agent');
    expect(await row('alice.admin@acme.example.com').count()).toBe(0);
    expect(await page.getByTestId('cc-config').textContent()).toContain('Porto');
    await screenshot(page, 'organizations-globex-users');

    await page.getByTestId('org').selectOption('partner');
    await expect.poll(() => row('pat.partner@partner.example.com').count()).toBe(1);
    expect(await row('gil.agent@globex.example.com').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
