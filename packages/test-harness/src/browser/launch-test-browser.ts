import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { unpackedChromium } from './packaged-chromium.js';

/** Debian's Chromium, used where it is installed. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  // As root Chromium refuses its sandbox; the tests load only our own web app.
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The browser every browser test drives: Debian's Chromium where installed, else the
 * Chromium shipped inside the npm package `@sparticuz/chromium`. Nothing is downloaded
 * while tests run; playwright-core is only the driver.
 */
export async function launchTestBrowser(): Promise<Browser> {
  if (existsSync(SYSTEM_CHROMIUM)) return chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: ARGS });
  const packaged = await unpackedChromium();
  return chromium.launch({ executablePath: packaged.executablePath, env: { ...process.env, ...packaged.env }, args: ARGS });
}

export { screenshotPath } from './screenshot-path.js';
export { checkPage } from './check-page.js';
export { watchPage, type ExpectedResponse, type PageWatch } from './page-watch.js';
