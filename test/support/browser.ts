/**
 * Headless Chromium for the explorer's end-to-end tests: Debian's `chromium` package (installed by
 * .ci/run when missing) driven by playwright-core, which downloads no browser of its own.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import playwright from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../core/config.js';

/** Where the e2e tests save their screenshots (gitignored; docs/images has copies of some). */
export const SCREENSHOT_DIR = path.join(PROJECT_ROOT, '.threadline', 'test-results', 'explorer');

/** Debian's Chromium. */
export const CHROMIUM = '/usr/bin/chromium';

/** Starts headless Chromium. */
export function launchChromium(): Promise<Browser> {
  return playwright.chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
    timeout: 60_000,
  });
}

/** What a page reported that a person would call broken: uncaught errors and CSP refusals. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(text)) {
      problems.push(`csp: ${text}`);
    }
  });
  return problems;
}

/**
 * Saves a screenshot as `<name>.png` under {@link SCREENSHOT_DIR}: the whole page, or with
 * `fullPage: false` what the window shows.
 */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}
