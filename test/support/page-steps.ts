import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshot } from './browser.js';

// Small steps an administrator takes on the sandbox page, for the browser walk-throughs. They find cards by
// their inputs and actions (the page tags them data-input / data-action), never by their texts, which
// change with the language and with rewording.

export const conversations = (page: Page) => page.locator('.conversation');
export const botMessages = (thread: Locator) => thread.getByTestId('bot-message');

/** Types a message to the bot (a new conversation) and returns that conversation once the bot answered. */
export async function say(page: Page, text: string): Promise<Locator> {
  const before = await conversations(page).count();
  await page.getByTestId('text').fill(text);
  await page.getByTestId('send').click();
  await expect.poll(() => conversations(page).count(), { timeout: 15_000 }).toBeGreaterThan(before);
  const thread = conversations(page).nth(before);
  await botMessages(thread).first().waitFor({ timeout: 15_000 });
  return thread;
}

/** The last bot message of a thread that holds the given card input or action (data-input / data-action). */
export function botCardWith(thread: Locator, selector: string): Locator {
  return botMessages(thread)
    .filter({ has: thread.page().locator(selector) })
    .last();
}

/**
 * The page at this step is usable: nothing wider than the screen, and every card on screen ends before
 * its right edge (a card below the fold counts too: scrolling down must not be needed sideways).
 */
export async function assertFits(page: Page): Promise<void> {
  const fit = (await page.evaluate(`(() => {
    const width = window.innerWidth;
    const cards = [...document.querySelectorAll('.card-host')].map((c) => c.getBoundingClientRect());
    return {
      width,
      scrollWidth: document.scrollingElement.scrollWidth,
      cardsCut: cards.filter((r) => r.right > width + 0.5 || r.left < -0.5).length,
      cards: cards.length,
    };
  })()`)) as { width: number; scrollWidth: number; cardsCut: number; cards: number };
  expect(fit.scrollWidth, 'page wider than the screen').toBeLessThanOrEqual(fit.width);
  expect(fit.cardsCut, 'cards cut off at the edge').toBe(0);
}

/** The composer is on the first screen: no scrolling down past the messages to type the next command. */
export async function assertComposerOnFirstScreen(page: Page): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  const box = await page.getByTestId('composer').boundingBox();
  const height = page.viewportSize()!.height;
  expect(box, 'composer shown').not.toBeNull();
  expect(box!.y + box!.height, 'composer below the first screen').toBeLessThanOrEqual(height);
}

/** Saves the screenshot <name> (first, so a failure can be seen), then checks the page fits. */
export async function step(page: Page, name: string, focus?: Locator): Promise<void> {
  if (focus) await focus.scrollIntoViewIfNeeded();
  await screenshot(page, name);
  await assertFits(page);
}

/** `help`: returns its thread, whose card offers the add card. */
export async function openHelp(page: Page): Promise<{ thread: Locator; card: Locator }> {
  const thread = await say(page, 'help');
  const card = botCardWith(thread, '[data-action="users.card"]');
  await card.waitFor({ timeout: 15_000 });
  return { thread, card };
}

/**
 * Opens the add card from the help card, fills in the lines and the role (a choice value: standard,
 * premium...), presses Preview; returns the preview. With `shots`, screenshots the filled card as
 * <shots>-add-card.
 */
export async function addUsersByCard(
  helpThread: Locator,
  lines: string[],
  role: string,
  shots?: string,
): Promise<{ addCard: Locator; preview: Locator }> {
  const page = helpThread.page();
  await helpThread.locator('[data-action="users.card"]').last().click();
  const addCard = botCardWith(helpThread, '[data-action="users.preview"]');
  await addCard.waitFor({ timeout: 15_000 });
  await addCard.locator('[data-input="entries"] textarea').fill(lines.join('\n'));
  await addCard.locator('[data-input="role"] select').selectOption(role);
  if (shots) await step(page, `${shots}-add-card`, addCard);
  await addCard.locator('[data-action="users.preview"]').click();
  const preview = botCardWith(helpThread, '[data-action="job.confirm"]');
  await preview.waitFor({ timeout: 15_000 });
  return { addCard, preview };
}

/** Presses Confirm on a preview and returns the summary card posted after it in the thread. */
export async function confirm(helpThread: Locator, preview: Locator): Promise<Locator> {
  const previewId = await preview.getAttribute('data-id');
  await preview.locator('[data-action="job.confirm"]').click();
  // The summary: the first card with facts the bot posts after the preview.
  const summary = botMessages(helpThread)
    .filter({ has: helpThread.page().locator('.ac-factset') })
    .filter({ hasNot: helpThread.page().locator('[data-action]') })
    .last();
  await expect
    .poll(async () => ((await summary.count()) > 0 ? await summary.getAttribute('data-id') : previewId), {
      timeout: 30_000,
    })
    .not.toBe(previewId);
  return summary;
}

/** Chooses the language the bot answers the admin in (per person, so both pages follow). */
export async function chooseLanguage(page: Page, lang: 'en' | 'pt'): Promise<void> {
  await say(page, `language ${lang}`);
}
