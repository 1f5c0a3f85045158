import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built web app the gateway serves; the test never builds it itself. */
export const WEB_DIST_DIR = fileURLToPath(new URL('../dist', import.meta.url));

export function requireBuiltWebApp(): void {
  if (!existsSync(join(WEB_DIST_DIR, 'index.html'))) {
    throw new Error(
      `The web app is not built (${join(WEB_DIST_DIR, 'index.html')} is missing). Run \`npm run build -w @msp-atlas/web\` first, then run this test again.`,
    );
  }
}
