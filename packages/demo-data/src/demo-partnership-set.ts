import { buildDemoPartnerships } from './build-demo-partnerships.js';
import { buildOrganizationPool } from './demo-organization-pool.js';
import type { DemoPartnership } from './demo-partnership.js';

/** The demo data set `npm start` loads: its size and seed, so every service that adds to it builds the same one. */
export const DEMO_PARTNERSHIP_SET = { count: 240, seed: 2030 } as const;

/** The demo data set as loaded on `today` (its dates count back from that day). */
export function buildDemoPartnershipSet(today: string): DemoPartnership[] {
  const pool = buildOrganizationPool(DEMO_PARTNERSHIP_SET.seed);
  return buildDemoPartnerships(DEMO_PARTNERSHIP_SET.count, { seed: DEMO_PARTNERSHIP_SET.seed, today, chooseOrganization: pool.choose, healthVariants: true });
}
