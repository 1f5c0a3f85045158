import { sql } from 'kysely';
import type { Db } from '../database.js';
import type { CoverageCriteria } from './coverage-criteria.js';

const textArray = (values: readonly string[]) => sql<string[]>`${values}::text[]`;

function criteriaConditions(criteria: CoverageCriteria) {
  const conditions = [sql`t.declared`];
  if (criteria.countries) conditions.push(sql`t.countries && ${textArray(criteria.countries)}`);
  if (criteria.regions) {
    conditions.push(sql`(t.regions && ${textArray(criteria.regions.regionCodes)} or t.countries && ${textArray(criteria.regions.countryCodes)})`);
  }
  if (criteria.phase) conditions.push(sql`t.phase = ${criteria.phase}`);
  if (criteria.status) conditions.push(sql`t.status = ${criteria.status}`);
  return sql.join(conditions, sql` and `);
}

/** Partnerships declaring the target, by name then id, after the keyset `after`. */
export async function partnershipsDeclaring(
  db: Db,
  targetCode: string,
  criteria: CoverageCriteria,
  page: { limit: number; after: [string, string] | null },
): Promise<{ partnership_id: string; name: string }[]> {
  const after = page.after ? sql`and (a.name, a.partnership_id) > (${page.after[0]}, ${page.after[1]}::uuid)` : sql``;
  const { rows } = await sql<{ partnership_id: string; name: string }>`
    select a.partnership_id, a.name from sdg.partnership_target t
    join sdg.partnership_alignment a using (partnership_id)
    where t.target_code = ${targetCode} and ${criteriaConditions(criteria)} ${after}
    order by a.name, a.partnership_id limit ${page.limit}`.execute(db);
  return rows;
}

export async function countPartnershipsDeclaring(db: Db, targetCode: string, criteria: CoverageCriteria): Promise<number> {
  const { rows } = await sql<{ count: string }>`
    select count(*)::text as count from sdg.partnership_target t
    where t.target_code = ${targetCode} and ${criteriaConditions(criteria)}`.execute(db);
  return Number(rows[0]?.count ?? 0);
}
