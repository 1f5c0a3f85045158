import type { Browser } from 'playwright-core';
import { launchTestBrowser } from '@msp-atlas/test-harness/browser';
import { type Platform, type PlatformOptions, startPlatform } from '@msp-atlas/gateway/testing';
import { requireBuiltWebApp, WEB_DIST_DIR } from './web-app-prerequisites.js';

/** What every browser test starts from: the platform serving the built web app, and a browser. */
export interface WebPlatform {
  platform: Platform;
  browser: Browser;
}

export async function startWebPlatform(options: Omit<PlatformOptions, 'webDistDir'> = {}): Promise<WebPlatform> {
  requireBuiltWebApp();
  const platform = await startPlatform({ ...options, webDistDir: WEB_DIST_DIR });
  return { platform, browser: await launchTestBrowser() };
}

/** Closes what `startWebPlatform` started, also after a start that failed half-way. */
export async function stopWebPlatform({ platform, browser }: Partial<WebPlatform>): Promise<void> {
  await browser?.close();
  await platform?.stop();
}
