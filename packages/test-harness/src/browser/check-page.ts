import type { Page } from 'playwright-core';
import { accessibilityViolations, failingViolations, violationReport } from './accessibility-check.js';
import { watchOf } from './page-watch.js';
import { screenshotPath } from './screenshot-path.js';

/**
 * The checks every page of a browser test passes, called once it shows what the test
 * waited for: a full-page screenshot `<name>.png` for people to look at, no serious or
 * critical axe-core violation, and no problem its watch (`watchPage`) has seen on it so far.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
  const failing = failingViolations(await accessibilityViolations(page, name));
  const problems = watchOf(page).problems;
  const messages = [
    ...(failing.length > 0
      ? [`${failing.length} serious or critical accessibility violation(s) on "${name}" (${page.url()}):\n${violationReport(failing)}`]
      : []),
    ...(problems.length > 0 ? [`problems on this page up to "${name}":\n${problems.map((problem) => `  ${problem}`).join('\n')}`] : []),
  ];
  if (messages.length > 0) throw new Error(messages.join('\n\n'));
}
