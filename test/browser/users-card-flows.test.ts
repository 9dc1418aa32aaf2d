import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness } from '../support/bot-harness.js';
import { launchChromium, openSandboxPage, screenshot } from '../support/browser.js';

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
  const page = await openSandboxPage(browser, h.fx.url, { viewport: { width, height: 900 } }, pageErrors);
  await page.getByTestId('person').selectOption('alice.admin@acme.example.com');
  return page;
}

/** What the administrator reads, per language (the catalog's sentences, as the page shows them). */
const WORDS = {
  en: {
    language: 'language en',
    users: 'Users (one per line',
    role: 'What to do for these users',
    welcome: /Ask Webex to send activation emails/,
    preview: 'Preview:',
    twoToAdd: 'Preview: 2 to add',
    standard: 'Standard Agent',
    supervisor: 'Premium Agent (Supervisor)',
    activation: (total: number, others: number) =>
      `Activation emails go to ${total} people: the new user, and ${others} other`,
    noLicense: 'Standard Agent → no Contact Center license',
    freed: '1 seat freed',
    addTwo: 'Confirm: add 2 users',
    changeOne: 'Confirm: change 1 user',
    cancel: 'Cancel',
  },
  pt: {
    language: 'idioma pt-BR',
    users: 'Usuários (um por linha',
    role: 'O que fazer com estes usuários',
    welcome: /Pedir ao Webex os e-mails de ativação/,
    preview: 'Prévia:',
    twoToAdd: 'Prévia: 2 a adicionar',
    standard: 'Agente Padrão',
    supervisor: 'Agente Premium (Supervisor)',
    activation: (total: number, others: number) =>
      `Os e-mails de ativação vão para ${total} pessoas: o usuário novo e mais ${others} pessoa`,
    noLicense: 'Agente Padrão → sem licença do Contact Center',
    freed: '1 licença liberada',
    addTwo: 'Confirmar: adicionar 2 usuários',
    changeOne: 'Confirmar: alterar 1 usuário',
    cancel: 'Cancelar',
  },
} as const;
type Words = (typeof WORDS)[keyof typeof WORDS];

/** Says something to the bot in a new conversation and waits for the answer. */
async function say(page: Page, text: string): Promise<void> {
  const conversations = page.locator('.conversation');
  const before = await conversations.count();
  await page.getByTestId('text').fill(text);
  await page.getByTestId('send').click();
  // (Called from beforeAll, where expect.poll is not available: the locator waits instead.)
  await conversations.nth(before).getByTestId('bot-message').first().waitFor({ timeout: 15_000 });
}

/** "add" in a new conversation, the card filled in, Preview pressed: the preview card. */
async function preview(
  page: Page,
  w: Words,
  input: { entries: string; role: string; welcome?: boolean },
): Promise<{ replies: Locator; preview: Locator }> {
  const conversations = page.locator('.conversation');
  const before = await conversations.count();
  await page.getByTestId('text').fill('add');
  await page.getByTestId('send').click();
  await expect.poll(() => conversations.count(), { timeout: 15_000 }).toBeGreaterThan(before);
  const replies = conversations.last().getByTestId('bot-message');
  const card = replies.filter({ hasText: w.users }).last();
  await card.waitFor({ timeout: 15_000 });
  await card.locator('textarea').fill(input.entries);
  await card.getByLabel(w.role).selectOption(input.role);
  if (input.welcome) await card.getByLabel(w.welcome).check();
  await card.locator('[data-action="users.preview"]').click();
  const shown = replies.filter({ hasText: w.preview }).last();
  await shown.waitFor({ timeout: 15_000 });
  return { replies, preview: shown };
}

/** Confirm pressed; the job's own messages follow in the thread (what Webex holds is checked by the caller). */
async function confirm(replies: Locator, shown: Locator, label: string): Promise<void> {
  const before = await replies.count();
  await shown.locator('button', { hasText: label }).click();
  await expect.poll(() => replies.count(), { timeout: 30_000 }).toBeGreaterThan(before);
}

describe.each([
  ['en', 1280],
  ['en', 390],
  ['pt', 1280],
  ['pt', 390],
] as const)('the add-users card in the browser, in %s at %i px', (lang, width) => {
  const w: Words = WORDS[lang];
  const tag = `${lang}.${width}`;
  let page: Page;
  beforeAll(async () => {
    page = await openPage(width);
    await say(page, w.language);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('adds both people of an Outlook paste, with their names', async () => {
    const otavio = `otavio.nunes.${tag}@acme.example.com`;
    const paula = `paula.reis.${tag}@acme.example.com`;
    const { replies, preview: shown } = await preview(page, w, {
      entries: `Otavio Nunes <${otavio}>; Paula Reis <${paula}>`,
      role: 'standard',
    });
    const text = (await shown.textContent()) ?? '';
    expect(text).toContain(w.twoToAdd);
    expect(text).toContain(`${otavio} (Otavio Nunes): ${w.standard}`);
    expect(text).toContain(`${paula} (Paula Reis): ${w.standard}`);
    await screenshot(page, `outlook-paste-preview-${lang}-${width}`);
    await confirm(replies, shown, w.addTwo);
    await expect.poll(() => h.personState(otavio)?.displayName, { timeout: 30_000 }).toBe('Otavio Nunes');
    expect(h.personState(paula)).toMatchObject({ firstName: 'Paula', lastName: 'Reis', licenses: ['CJPSTD'] });
  });

  it('shows whom the activation email reaches, and a Supervisor as such', async () => {
    const pending = [...h.fx.sandbox.state.people.values()].filter((p) => p.kind === 'person' && p.invitePending);
    const { preview: welcome } = await preview(page, w, {
      entries: `Sara Lima <sara.sup.${tag}@acme.example.com>`,
      role: 'supervisor',
      welcome: true,
    });
    const text = (await welcome.textContent()) ?? '';
    expect(pending.length).toBeGreaterThan(0);
    expect(text).toContain(w.activation(pending.length + 1, pending.length));
    expect(text).toContain(`sara.sup.${tag}@acme.example.com (Sara Lima): ${w.supervisor}`);
    await welcome.scrollIntoViewIfNeeded();
    await screenshot(page, `activation-supervisor-preview-${lang}-${width}`);
    await welcome.locator('button', { hasText: w.cancel }).click();
  });

  it('removes the Contact Center license by card', async () => {
    const email = `otavio.nunes.${tag}@acme.example.com`;
    await expect.poll(() => h.personState(email)?.licenses, { timeout: 30_000 }).toEqual(['CJPSTD']);
    const { replies, preview: shown } = await preview(page, w, { entries: email, role: 'remove-license' });
    const text = (await shown.textContent()) ?? '';
    expect(text).toContain(`${email}: ${w.noLicense}`);
    expect(text).toContain(w.freed);
    await screenshot(page, `remove-license-preview-${lang}-${width}`);
    await confirm(replies, shown, w.changeOne);
    await expect.poll(() => h.personState(email)?.licenses, { timeout: 30_000 }).toEqual([]);
  });

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
