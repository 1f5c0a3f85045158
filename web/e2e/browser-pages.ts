import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { watchPage, type ExpectedResponse } from '@msp-atlas/test-harness/browser';

export const STEP_TIMEOUT = 15_000;

export interface IsolatedPageOptions extends Pick<BrowserContextOptions, 'viewport' | 'deviceScaleFactor'> {
  /** HTTP error answers the test provokes on purpose. */
  expectedResponses?: ExpectedResponse[];
}

/**
 * A page in a browser context of its own (its own sessionStorage, so its own sign-in),
 * watched for script and console errors, failed requests and unexpected HTTP errors,
 * which are collected in `problems` (see `watchPage`; `checkPage` fails on them).
 */
export async function newIsolatedPage(browser: Browser, problems: string[], options: IsolatedPageOptions = {}): Promise<Page> {
  const { expectedResponses, viewport = { width: 1280, height: 900 }, deviceScaleFactor } = options;
  const context = await browser.newContext({ viewport, deviceScaleFactor });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  watchPage(page, problems, expectedResponses);
  return page;
}

/** Waits until the locator holds the text (an element of it, for lists). */
export async function waitForText(locator: Locator, text: string | RegExp): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor();
}
