import { buildDemoPartnership } from './build-demo-partnership.js';
import type { DemoPartnership } from './demo-partnership.js';
import type { OrganizationChooser } from './organization-chooser.js';
import { createSeededRandom, deriveSeed } from './seeded-random.js';

/** `count` partnerships with distinct names; the same seed and day give the same set. */
export function buildDemoPartnerships(
  count: number,
  options: { seed: number; today: string; chooseOrganization: OrganizationChooser },
): DemoPartnership[] {
  const usedNames = new Set<string>();
  return Array.from({ length: count }, (_, index) =>
    buildDemoPartnership(createSeededRandom(deriveSeed(options.seed, index)), {
      today: options.today,
      usedNames,
      chooseOrganization: options.chooseOrganization,
    }),
  );
}
