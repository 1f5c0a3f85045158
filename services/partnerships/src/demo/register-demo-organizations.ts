import { SYSTEM_ACTOR } from '@msp-atlas/access';
import type { DemoOrganization } from '@msp-atlas/demo-data';
import type { Db } from '../database.js';
import { registerOrganization } from '../organization/organization.service.js';
import { runWithConcurrency } from './run-with-concurrency.js';

/** Registers the organisations as demo records; returns their ids by name. */
export async function registerDemoOrganizations(db: Db, organizations: readonly DemoOrganization[], concurrency: number): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  await runWithConcurrency(organizations, concurrency, async (organization) => {
    const row = await registerOrganization(db, SYSTEM_ACTOR, { ...organization }, true);
    ids.set(organization.name, row.id);
  });
  return ids;
}
