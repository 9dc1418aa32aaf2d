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

/**
 * Acts as another person: the page clears the space and draws it again as they see it, so this waits
 * until every conversation is back (counting them before that would point at the wrong one).
 */
export async function actAs(page: Page, email: string): Promise<void> {
  const shown = await conversations(page).count();
  await page.getByTestId('person').selectOption(email);
  await expect.poll(() => conversations(page).count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(shown);
}

/** `help`: returns its thread, whose card offers the add card. */
export async function openHelp(page: Page): Promise<{ thread: Locator; card: Locator }> {
  const thread = await say(page, 'help');
  const card = botCardWith(thread, '[data-action="users.card"]');
  await card.waitFor({ timeout: 15_000 });
  return { thread, card };
}

/** `add` (or `modify`, or another command that answers with the add card): returns its thread and the card. */
export async function openAddCard(page: Page, command = 'add'): Promise<{ thread: Locator; card: Locator }> {
  const thread = await say(page, command);
  const card = botCardWith(thread, '[data-action="users.preview"]');
  await card.waitFor({ timeout: 15_000 });
  return { thread, card };
}

/** What goes into the add card: the lines, the role (a choice value: standard, premium...) and the rest. */
export interface AddCardInput {
  lines: string[];
  role: string;
  /** The mode choice's value ("emails" or "names"); left as the card offers it when not given. */
  mode?: string;
  /** The activation email toggle; left as the card offers it when not given. */
  welcome?: boolean;
}

/**
 * Fills in an add card and presses Preview; returns the preview posted in the thread. With `shots`,
 * screenshots the filled card as <shots>-add-card first.
 */
export async function fillAndPreview(
  thread: Locator,
  card: Locator,
  input: AddCardInput,
  shots?: string,
): Promise<Locator> {
  const page = thread.page();
  if (input.mode) await card.locator(`[data-input="mode"] input[type="radio"][value="${input.mode}"]`).check();
  await card.locator('[data-input="entries"] textarea').fill(input.lines.join('\n'));
  await card.locator('[data-input="role"] select').selectOption(input.role);
  if (input.welcome !== undefined)
    await card.locator('[data-input="welcome"] input[type="checkbox"]').setChecked(input.welcome);
  if (shots) await step(page, `${shots}-add-card`, card);
  const before = await botMessages(thread).count();
  await card.locator('[data-action="users.preview"]').click();
  // The preview: the bot's next card with a Confirm button in the thread.
  const preview = botMessages(thread)
    .filter({ has: page.locator('[data-action="job.confirm"]') })
    .last();
  await expect.poll(() => botMessages(thread).count(), { timeout: 15_000 }).toBeGreaterThan(before);
  await preview.waitFor({ timeout: 15_000 });
  return preview;
}

/**
 * Opens the add card from the help card (the help thread from `openHelp`), fills it in and presses
 * Preview; returns the add card and the preview.
 */
export async function addUsersByCard(
  helpThread: Locator,
  lines: string[],
  role: string,
  options: Omit<AddCardInput, 'lines' | 'role'> & { shots?: string } = {},
): Promise<{ addCard: Locator; preview: Locator }> {
  await helpThread.locator('[data-action="users.card"]').last().click();
  const addCard = botCardWith(helpThread, '[data-action="users.preview"]');
  await addCard.waitFor({ timeout: 15_000 });
  const { shots, ...rest } = options;
  const preview = await fillAndPreview(helpThread, addCard, { lines, role, ...rest }, shots);
  return { addCard, preview };
}

/** Presses Confirm on a preview and returns the summary: the first card with facts posted after it. */
export async function confirm(thread: Locator, preview: Locator): Promise<Locator> {
  const previewId = await preview.getAttribute('data-id');
  await preview.locator('[data-action="job.confirm"]').click();
  const summary = thread
    .locator(`[data-id="${previewId}"] ~ [data-testid="bot-message"]`)
    .filter({ has: thread.page().locator('.ac-factset') })
    .first();
  await summary.waitFor({ timeout: 30_000 });
  return summary;
}

/** A card's height on screen in CSS pixels (the bound: about 700 px at 390 px wide). */
export async function cardHeight(message: Locator): Promise<number> {
  const box = await message.locator('.card-host').first().boundingBox();
  if (!box) throw new Error('the card is not shown');
  return box.height;
}

/** Chooses the language the bot answers the admin in (per person, so both pages follow). */
export async function chooseLanguage(page: Page, lang: 'en' | 'pt'): Promise<void> {
  await say(page, `language ${lang}`);
}
