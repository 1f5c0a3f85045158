import { buildDemoPartnership } from './build-demo-partnership.js';
import { applyHealthVariants } from './demo-health-variants.js';
import type { DemoPartnership } from './demo-partnership.js';
import type { OrganizationChooser } from './organization-chooser.js';
import { createSeededRandom, deriveSeed } from './seeded-random.js';

/**
 * `count` partnerships with distinct names; the same seed and day give the same set. With
 * `healthVariants` (the seeded demo), a set of 100 or more also holds one partnership per
 * health-check situation that chance rarely makes (demo-health-variants.ts), so the demo
 * shows every status of every factor; benchmarks leave them out and keep their figures.
 */
export function buildDemoPartnerships(
  count: number,
  options: { seed: number; today: string; chooseOrganization: OrganizationChooser; healthVariants?: boolean },
): DemoPartnership[] {
  const usedNames = new Set<string>();
  const partnerships = Array.from({ length: count }, (_, index) =>
    buildDemoPartnership(createSeededRandom(deriveSeed(options.seed, index)), {
      today: options.today,
      usedNames,
      chooseOrganization: options.chooseOrganization,
    }),
  );
  if (options.healthVariants) applyHealthVariants(partnerships, options.today);
  return partnerships;
}
