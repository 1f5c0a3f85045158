import { writeFile } from 'node:fs/promises';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { screenshotPath } from './screenshot-path.js';

type Impact = 'minor' | 'moderate' | 'serious' | 'critical';

interface Violation {
  id: string;
  impact: Impact | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** What fails a page: the two highest of axe's four impact levels. */
const FAILING_IMPACTS: ReadonlySet<Impact | null> = new Set(['serious', 'critical']);
const NODES_SHOWN = 5;

/**
 * Runs axe-core over the whole page and returns its violations. All of them, minor ones
 * included, and what axe could not decide (`incomplete`: text over an image, say) are
 * written to `<name>.axe.json` beside the screenshots for people to read.
 */
export async function accessibilityViolations(page: Page, name: string): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, so a Content-Security-Policy cannot block it.
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axe.source);
  const { violations, incomplete } = (await page.evaluate(
    `window.axe.run(document, { resultTypes: ['violations', 'incomplete'] }).then(({ violations, incomplete }) => ({ violations, incomplete }))`,
  )) as { violations: Violation[]; incomplete: Violation[] };
  const summary = (found: Violation[]) => found.map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.map((node) => node.target) }));
  const findings = { violations: summary(violations), needsReview: summary(incomplete) };
  await writeFile(screenshotPath(name, 'axe.json'), `${JSON.stringify(findings, null, 2)}\n`);
  return violations;
}

export function failingViolations(violations: readonly Violation[]): Violation[] {
  return violations.filter((violation) => FAILING_IMPACTS.has(violation.impact));
}

/** One paragraph per rule: id, impact, what it asks for, and the elements that break it. */
export function violationReport(violations: readonly Violation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, NODES_SHOWN)
        .map((node) => `    ${node.target.map(String).join(' >>> ')}\n      ${(node.failureSummary ?? '').replaceAll('\n', '\n      ')}`);
      const more = violation.nodes.length > NODES_SHOWN ? [`    … and ${violation.nodes.length - NODES_SHOWN} more`] : [];
      return [`  ${violation.id} (${violation.impact}): ${violation.help}`, `    ${violation.helpUrl}`, ...nodes, ...more].join('\n');
    })
    .join('\n');
}
