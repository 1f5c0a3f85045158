import { mkdirSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * Where a browser test saves a screenshot for people to look at: a folder of the
 * user's own in the temporary directory, since a file another user (root, say) left
 * there under the same name cannot be overwritten.
 */
export function screenshotPath(name: string): string {
  const dir = join(tmpdir(), `msp-atlas-screenshots-${userInfo().username}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return join(dir, `${name}.png`);
}
