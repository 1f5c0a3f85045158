import { sql } from 'kysely';
import type { Db } from '../database.js';

/** The organisation's partnerships with their declared targets and what it brings to each. */
export async function organizationPartnerships(db: Db, organizationIds: readonly string[]) {
  if (organizationIds.length === 0) return [];
  const { rows } = await sql<{ organization_id: string; partnership_id: string; declared_targets: string[]; amounts: Record<string, number> }>`
    select s.organization_id, s.partnership_id, a.declared_targets, s.amounts
    from sdg.partnership_stakeholder s join sdg.partnership_alignment a using (partnership_id)
    where s.organization_id = any(${organizationIds}::uuid[])`.execute(db);
  return rows;
}
