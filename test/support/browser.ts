import { existsSync, mkdirSync } from 'node:fs';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (package `chromium`), which `scripts/ensure-chromium.sh` installs. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where the browser tests leave their screenshots (not committed). */
export const SCREENSHOTS = new URL('../../test-results/screenshots/', import.meta.url);

/**
 * Headless Chromium with the flags this machine needs: no sandbox (root), and no background
 * networking (the network is closed, and Chromium would keep trying Google's hosts).
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: run "bash scripts/ensure-chromium.sh" (Debian's chromium package), or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** Saves a screenshot of the page under test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = new URL(`${name}.png`, SCREENSHOTS).pathname;
  await page.screenshot({ path, fullPage: false });
  return path;
}

/**
 * A new tab on the sandbox page at `url` (the sandbox's base address), its uncaught errors pushed to
 * `errors` (each test file ends by asserting there were none), once the page has drawn its controls.
 */
export async function openSandboxPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions,
  errors: string[],
  label = '',
): Promise<Page> {
  const page = await browser.newPage(options);
  page.on('pageerror', (error) => errors.push(label ? `${label}: ${error.message}` : error.message));
  await page.goto(`${url}/ui/`);
  await page.getByTestId('person').waitFor();
  return page;
}
