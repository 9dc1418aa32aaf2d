import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openSandboxPage, screenshot } from '../support/browser.js';
import { SandboxFixture } from '../support/sandbox-api.js';

// The sandbox's page on a phone-sized screen (390 px wide), without a bot: its Contact Center controls.
const fx = new SandboxFixture();
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  await fx.start();
  browser = await launchChromium();
  page = await openSandboxPage(browser, fx.url, { viewport: { width: 390, height: 844 } }, pageErrors);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await fx.stop();
});

const row = (email: string) => page.locator(`tr[data-email="${email}"]`);
/** Nothing sticks out sideways: the page is no wider than the screen (the page's code runs in the browser). */
const fitsTheWidth = () =>
  page.evaluate('document.documentElement.scrollWidth <= window.innerWidth') as Promise<boolean>;

describe('the Contact Center controls of the sandbox page, 390 px wide', () => {
  it("shows each user's agent settings by name, and a newly synchronised user disabled with none", async () => {
    await expect.poll(() => row('dana.agent@acme.example.com').textContent()).toContain('enabled, standard agent');
    expect(await row('dana.agent@acme.example.com').getByTestId('agent-settings').textContent()).toBe(
      'site: Sao Paulo · teams: Vendas · desktop profile: Padrao',
    );
    await fx.call('serviceApp', 'PATCH', '/licenses/users', {
      personId: fx.person('gus').id,
      licenses: [{ id: fx.license('CJPSTD').id, operation: 'add' }],
    });
    await page.getByTestId('synchronize').click();
    await expect.poll(() => row('gus.nolicense@acme.example.com').textContent()).toContain('disabled, standard agent');
    expect(await row('gus.nolicense@acme.example.com').textContent()).toContain(
      'site: none · teams: none · desktop profile: none',
    );
    expect(await fitsTheWidth()).toBe(true);
    await row('dana.agent@acme.example.com').scrollIntoViewIfNeeded();
    await screenshot(page, 'narrow-agent-settings');
  });

  it('plays the Control Hub supervisor step, which the next synchronisation carries over', async () => {
    await page.getByTestId('supervisor-email').selectOption('fatima.premium@acme.example.com');
    await page.getByTestId('supervisor-value').selectOption('true');
    await page.getByTestId('supervisor-apply').click();
    const fatima = row('fatima.premium@acme.example.com');
    await expect.poll(() => fatima.textContent()).toContain('Premium Agent - Supervisor');
    expect(await fatima.textContent()).toContain('enabled, premium agent');
    await page.getByTestId('synchronize').click();
    await expect.poll(() => fatima.textContent()).toContain('enabled, supervisor');
  });

  it('creates a capacity-based team, which the configuration then lists under its site', async () => {
    await page.locator('summary', { hasText: 'Contact Center sites, teams and profiles' }).click();
    await page.getByTestId('cc-kind').selectOption('teams');
    await page.getByTestId('cc-name').fill('Caixa postal');
    await page.getByTestId('cc-site').selectOption({ label: 'Lisboa' });
    await page.getByTestId('cc-team-type').selectOption('CAPACITY');
    await page.getByTestId('cc-create-submit').click();
    await expect
      .poll(() => page.getByTestId('cc-config').textContent())
      .toContain('Lisboa: Atendimento, Caixa postal (capacity-based)');
    expect(fx.sandbox.state.contactCenter.catalogue.teams.size).toBe(5);
    // A name the Contact Center refuses is said on the status line.
    await page.getByTestId('cc-kind').selectOption('sites');
    expect(await page.getByTestId('cc-team-type').isVisible()).toBe(false);
    await page.getByTestId('cc-name').fill('Brasília');
    await page.getByTestId('cc-create-submit').click();
    await expect.poll(() => page.getByTestId('status').textContent()).toContain('400');
    expect(await fitsTheWidth()).toBe(true);
    await page.getByTestId('cc-config').scrollIntoViewIfNeeded();
    await screenshot(page, 'narrow-cc-configuration');
  });

  it('threw no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
