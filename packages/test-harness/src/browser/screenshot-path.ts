import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout's `test-screenshots/` folder (git-ignored); `MSP_ATLAS_SCREENSHOT_DIR` moves it. */
export function screenshotDir(): string {
  return process.env.MSP_ATLAS_SCREENSHOT_DIR ?? fileURLToPath(new URL('../../../../test-screenshots', import.meta.url));
}

/** Where a browser test saves a screenshot (or a file about it, by `extension`) for people to look at. */
export function screenshotPath(name: string, extension = 'png'): string {
  const dir = screenshotDir();
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.${extension}`);
}
