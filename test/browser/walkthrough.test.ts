import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness } from '../support/bot-harness.js';
import { launchChromium, openSandboxPage } from '../support/browser.js';
import {
  addUsersByCard,
  assertComposerOnFirstScreen,
  chooseLanguage,
  confirm,
  openHelp,
  step,
} from '../support/page-steps.js';

// An administrator's walk through the sandbox page, on a wide screen (1,280 px) and on a phone (390 px),
// in English and in Portuguese: help, the add card filled in, previewed and confirmed, the summary. Every
// step is screenshotted (test-results/screenshots/walk-<width>-<lang>-<step>.png) and checked for what
// makes a page unusable on a phone: anything wider than the screen, a card cut off at the right edge.
// Texts are being rewritten elsewhere, so the steps find cards by their inputs and actions (the page tags
// them data-input / data-action) and assert on stable things: emails, counts, what the sandbox holds.
// The steps live in test/support/page-steps.ts, small, for later flows to reuse.

const h = new BotHarness();
let browser: Browser;
const pageErrors: string[] = [];
const ADMIN = 'alice.admin@acme.example.com';
const WIDTHS = { wide: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
type Width = keyof typeof WIDTHS;
const pages = new Map<Width, Page>();

beforeAll(async () => {
  await h.start();
  await h.fx.call(null, 'PUT', '/sandbox/licenses/CJPSTD', { totalUnits: 50 });
  browser = await launchChromium();
  for (const [name, viewport] of Object.entries(WIDTHS) as [Width, (typeof WIDTHS)[Width]][]) {
    const page = await openSandboxPage(browser, h.fx.url, { viewport }, pageErrors, name);
    await page.getByTestId('person').selectOption(ADMIN);
    pages.set(name, page);
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await h.stop();
});

let added = 0;
/** The help card's text per language and width: the Portuguese walk must not be the English one again. */
const helpTexts = new Map<string, string>();

describe.each(['en', 'pt'] as const)('the admin walk-through in %s', (lang) => {
  it(`answers in ${lang} once asked`, async () => {
    await chooseLanguage(pages.get('wide')!, lang);
  });

  // One after the other: both pages show the same space, so one walk's messages would land in the other's.
  it.each(['wide', 'phone'] as const)('%s: help, add card, preview, confirm, summary', async (width) => {
    const page = pages.get(width)!;
    const shots = `walk-${WIDTHS[width].width}-${lang}`;
    added += 1;
    const email = `walk.${lang}.${width}.${added}@acme.example.com`;

    const { thread, card: help } = await openHelp(page);
    await assertComposerOnFirstScreen(page);
    await step(page, `${shots}-help`, help);
    helpTexts.set(`${lang}-${width}`, (await help.textContent()) ?? '');
    if (lang === 'pt') expect(helpTexts.get(`pt-${width}`)).not.toBe(helpTexts.get(`en-${width}`));

    const { preview } = await addUsersByCard(thread, [email], 'standard', { shots });
    expect(await preview.textContent()).toContain(email);
    await step(page, `${shots}-preview`, preview);

    const summary = await confirm(thread, preview);
    // The summary counts one user created (its facts, whatever their titles are in this language).
    const facts = await summary.locator('.ac-factset tr').allTextContents();
    expect(facts.length).toBeGreaterThanOrEqual(2);
    expect(facts.some((fact) => fact.trim().endsWith('1'))).toBe(true);
    expect(h.personState(email)).toMatchObject({ licenses: ['CJPSTD'] });
    await step(page, `${shots}-summary`, summary);
  });
});

describe('the page itself', () => {
  it("keeps each add card's mode choice its own", async () => {
    // The walks left four add cards in the space, which each page shows.
    const page = pages.get('wide')!;
    const modes = page.locator('[data-input="mode"]');
    expect(await modes.count()).toBeGreaterThanOrEqual(2);
    const firstRadios = modes.nth(0).locator('input[type="radio"]');
    const secondRadios = modes.nth(1).locator('input[type="radio"]');
    await firstRadios.nth(1).check();
    await secondRadios.nth(0).check();
    expect(await firstRadios.nth(1).isChecked()).toBe(true);
    expect(await secondRadios.nth(0).isChecked()).toBe(true);
  });

  it('puts the controls below the space on a phone, one tap away', async () => {
    const page = pages.get('phone')!;
    await page.getByTestId('to-controls').click();
    await expect.poll(() => page.getByTestId('synchronize').isVisible()).toBe(true);
    const panel = await page.locator('#controls').boundingBox();
    expect(panel!.y).toBeLessThan(page.viewportSize()!.height);
    await step(page, 'walk-390-controls');
    await page.getByTestId('to-space').click();
    await assertComposerOnFirstScreen(page);
  });

  it('threw no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
