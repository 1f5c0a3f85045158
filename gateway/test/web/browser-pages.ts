import type { Browser, Locator, Page } from 'playwright-core';

export const STEP_TIMEOUT = 15_000;

/**
 * A page in a browser context of its own (its own sessionStorage, so its own sign-in), whose
 * script errors and console errors are collected in `pageErrors`, except those `ignore` matches.
 */
export async function newIsolatedPage(browser: Browser, pageErrors: string[], ignore?: RegExp): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !ignore?.test(message.text())) pageErrors.push(message.text());
  });
  return page;
}

/** Waits until the locator holds the text (an element of it, for lists). */
export async function waitForText(locator: Locator, text: string | RegExp): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor();
}
