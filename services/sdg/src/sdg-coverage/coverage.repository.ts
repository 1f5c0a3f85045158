import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../database.js';
import type { CoverageCriteria } from './coverage-criteria.js';

/** One figure of a coverage answer: for a target, a goal, or all (`level`), keyed by its code. */
export interface CoverageFigure {
  kind: 'partnerships' | 'organizations' | 'money';
  level: 'target' | 'goal' | 'all';
  key: string;
  currency: string | null;
  value: string;
}

const textArray = (values: readonly string[]) => sql<string[]>`${values}::text[]`;

/** The rows of partnership_target a filter selects: declared targets only, as the registry's filter reads them. */
function matching(criteria: CoverageCriteria): Expression<SqlBool> {
  const conditions = [sql<SqlBool>`declared`];
  if (criteria.countries) conditions.push(sql<SqlBool>`countries && ${textArray(criteria.countries)}`);
  if (criteria.regions) {
    conditions.push(sql<SqlBool>`(regions && ${textArray(criteria.regions.regionCodes)} or countries && ${textArray(criteria.regions.countryCodes)})`);
  }
  if (criteria.phase) conditions.push(sql<SqlBool>`phase = ${criteria.phase}`);
  if (criteria.status) conditions.push(sql<SqlBool>`status = ${criteria.status}`);
  return sql<SqlBool>`${sql.join(conditions, sql` and `)}`;
}

/**
 * Every figure in one statement over one scan: partnerships, distinct organisations and
 * money per currency, per target, per goal (a partnership counted once however many
 * of the goal's targets it declares) and for all. Money is each partnership's total
 * per currency, summed as numeric.
 */
export async function coverageFigures(db: Db, criteria: CoverageCriteria): Promise<CoverageFigure[]> {
  const { rows } = await sql<CoverageFigure>`
    with selected as materialized (
      select partnership_id, target_code, goal, organization_ids, amounts
      from sdg.partnership_target where ${matching(criteria)}
    ),
    levels as (
      select 'target' as level, target_code as key, partnership_id, organization_ids, amounts from selected
      union all
      select distinct on (partnership_id, goal) 'goal', goal::text, partnership_id, organization_ids, amounts from selected
      union all
      select distinct on (partnership_id) 'all', '', partnership_id, organization_ids, amounts from selected
    )
    select 'partnerships' as kind, level, key, null as currency, count(*)::text as value from levels group by level, key
    union all
    select 'organizations', level, key, null, count(distinct organization_id)::text
      from levels cross join lateral unnest(organization_ids) as organization_id group by level, key
    union all
    select 'money', levels.level, levels.key, money.currency, sum(money.amount::numeric)::text
      from levels cross join lateral jsonb_each_text(levels.amounts) as money(currency, amount)
      group by levels.level, levels.key, money.currency`.execute(db);
  return rows;
}
