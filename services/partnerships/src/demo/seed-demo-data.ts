import { buildDemoPartnershipSet, buildOrganizationPool, DEMO_PARTNERSHIP_SET, type DemoOrganization, type DemoPartnership } from '@msp-atlas/demo-data';
import type { Db } from '../database.js';
import { today } from '../domain/clock.js';
import { registerDemoOrganizations } from './register-demo-organizations.js';
import { registerDemoPartnership } from './register-demo-partnership.js';
import { runWithConcurrency } from './run-with-concurrency.js';

/** Registrations running at once: enough to keep the database busy, few enough for a small pool. */
const CONCURRENCY = 6;

/**
 * Loads the demo data set on first start: fictional partnerships in every phase,
 * with their organisations, phase histories and progress reports, all marked as
 * demo data. Does nothing once demo data exist. Returns the partnerships added.
 */
export async function seedDemoData(db: Db): Promise<number> {
  if (await hasDemoData(db)) return 0;
  const pool = buildOrganizationPool(DEMO_PARTNERSHIP_SET.seed);
  // The health service builds the same set to add the self-assessments (its records).
  const partnerships = buildDemoPartnershipSet(today());
  const ids = await registerDemoOrganizations(db, organizationsIn(partnerships, pool.organizations), CONCURRENCY);
  // biome-ignore lint/style/noNonNullAssertion: every organization of the demo partnerships was registered just before
  const idOf = (organization: DemoOrganization) => ids.get(organization.name)!;
  await runWithConcurrency(partnerships, CONCURRENCY, async (partnership) => {
    await registerDemoPartnership(db, partnership, idOf);
  });
  return partnerships.length;
}

async function hasDemoData(db: Db): Promise<boolean> {
  const row = await db.selectFrom('partnerships').select('id').where('is_demo', '=', true).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** The pool's organisations that some partnership has (or had) as a stakeholder, in pool order. */
function organizationsIn(partnerships: readonly DemoPartnership[], pool: readonly DemoOrganization[]): DemoOrganization[] {
  const used = new Set(
    partnerships.flatMap((partnership) =>
      [...partnership.stakeholders, ...partnership.departedStakeholders].map((stakeholder) => stakeholder.organization.name),
    ),
  );
  return pool.filter((organization) => used.has(organization.name));
}
