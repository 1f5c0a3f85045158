import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

/** The built web app the gateway serves; the test never builds it itself. */
export const WEB_DIST_DIR = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** The system's Chromium; playwright-core is only the driver and must never download a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export function requireBuiltWebApp(): void {
  if (!existsSync(join(WEB_DIST_DIR, 'index.html'))) {
    throw new Error(
      `The web app is not built (${join(WEB_DIST_DIR, 'index.html')} is missing). ` +
        'Run `npm run build -w @msp-atlas/web` first, then run this test again.',
    );
  }
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}. Install the system package: apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
