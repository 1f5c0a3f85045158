import type { TimestampIdKey } from '@msp-atlas/federation';
import type { HealthStatus } from '@msp-atlas/partnership-health';
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../database.js';
import type { HealthCriteria, HealthGroup } from './health-overview-criteria.js';
import { HealthOverviewGrouping } from './health-overview-grouping.enum.js';
import { ALL_COUNTRIES, readHealthCounts } from './health-counts.repository.js';
import type { SuccessFactor } from '@msp-atlas/msp-vocabulary';
import { FACTORS, STATUS_CODES, statusCode, statusColumn } from './status-columns.js';

const textArray = (values: readonly string[]) => sql<string[]>`${[...values]}::text[]`;

/** The filter on the health rows, as SQL: the overview's cells and the lists behind them share it. */
function criteriaSql(criteria: HealthCriteria): RawBuilder<boolean> {
  const conditions: RawBuilder<unknown>[] = [sql`true`];
  if (criteria.phases?.length) conditions.push(sql`h.phase = any(${textArray(criteria.phases)})`);
  if (criteria.countries?.length) conditions.push(sql`h.countries && ${textArray(criteria.countries)}`);
  if (criteria.sectors?.length) conditions.push(sql`h.sectors && ${textArray(criteria.sectors)}`);
  if (!criteria.includeDemo) conditions.push(sql`not h.is_demo`);
  return sql<boolean>`(${sql.join(conditions, sql` and `)})`;
}

// One count per factor and status, all in one pass over the rows.
const cellCounts = sql.join(
  FACTORS.flatMap((factor, f) =>
    STATUS_CODES.map((_, code) => sql`count(*) filter (where h.${sql.ref(statusColumn(factor))} = ${sql.lit(code)})::int as ${sql.ref(`c_${f}_${code}`)}`),
  ),
);

export interface GroupCounts {
  key: string;
  partnerships: number;
  /** Per factor (framework order), counts per status code. */
  counts: number[][];
}

export interface OverviewCounts {
  partnerships: number;
  evaluatedAt: Date | null;
  groups: GroupCounts[];
}

type CountRow = { group_key: string; partnerships: number; evaluated_at: Date | null } & Record<string, number>;

function toGroup(row: CountRow): GroupCounts {
  return {
    key: row.group_key,
    partnerships: row.partnerships,
    counts: FACTORS.map((_, f) => STATUS_CODES.map((__, code) => row[`c_${f}_${code}`] ?? 0)),
  };
}

/**
 * The overview. From the counts the projection keeps (health_counts: a few thousand rows
 * at most) whenever they can answer exactly: no sector filter, and for phases at most
 * one country. Otherwise by a scan of the health rows (countHealthByScan).
 */
export async function countHealth(db: Db, criteria: HealthCriteria, groupBy: HealthOverviewGrouping): Promise<OverviewCounts> {
  const countries = criteria.countries ?? [];
  if (criteria.sectors?.length || (groupBy === HealthOverviewGrouping.PHASE && countries.length > 1)) return countHealthByScan(db, criteria, groupBy);
  const byCountry = groupBy === HealthOverviewGrouping.COUNTRY;
  // Distinct partnerships over several countries are not a sum of theirs: counted from the rows.
  const totalFromRows = byCountry && countries.length > 1;
  const [rows, evaluatedAt, total] = await Promise.all([
    readHealthCounts(
      db,
      { countries: countries.length ? countries : byCountry ? 'EVERY_COUNTRY' : [ALL_COUNTRIES], phases: criteria.phases, includeDemo: criteria.includeDemo },
      byCountry && countries.length === 0,
    ),
    oldestEvaluation(db, criteria),
    totalFromRows ? countRows(db, criteria) : Promise.resolve(null),
  ]);
  const groups = new Map<string, GroupCounts>();
  let partnerships = 0;
  for (const row of rows) {
    if (byCountry && row.country === ALL_COUNTRIES) {
      partnerships += row.partnerships;
      continue;
    }
    const key = byCountry ? row.country : row.phase;
    let group = groups.get(key);
    if (!group) {
      group = { key, partnerships: 0, counts: FACTORS.map(() => STATUS_CODES.map(() => 0)) };
      groups.set(key, group);
    }
    group.partnerships += row.partnerships;
    row.counts.forEach((count, cell) => {
      // biome-ignore lint/style/noNonNullAssertion: counts has a row per factor and a cell per status code
      group.counts[Math.floor(cell / STATUS_CODES.length)]![cell % STATUS_CODES.length]! += count;
    });
    if (!byCountry || countries.length === 1) partnerships += row.partnerships;
  }
  const counted = [...groups.values()].filter((group) => group.partnerships > 0);
  return { partnerships: total ?? partnerships, evaluatedAt, groups: counted };
}

async function oldestEvaluation(db: Db, criteria: HealthCriteria): Promise<Date | null> {
  const { rows } = await sql<{
    evaluated_at: Date | null;
  }>`select min(h.evaluated_at) as evaluated_at from partnership_health h where ${criteriaSql(criteria)}`.execute(db);
  return rows[0]?.evaluated_at ?? null;
}

async function countRows(db: Db, criteria: HealthCriteria): Promise<number> {
  const { rows } = await sql<{ partnerships: number }>`select count(*)::int as partnerships from partnership_health h where ${criteriaSql(criteria)}`.execute(
    db,
  );
  return rows[0]?.partnerships ?? 0;
}

/**
 * The overview in one scan of the health rows (two when grouped by country, which also
 * counts the distinct partnerships). By country, a partnership counts in each country it
 * names; with a country filter, only the countries filtered on are groups.
 */
export async function countHealthByScan(db: Db, criteria: HealthCriteria, groupBy: HealthOverviewGrouping): Promise<OverviewCounts> {
  const where = criteriaSql(criteria);
  if (groupBy === HealthOverviewGrouping.PHASE) {
    const { rows } = await sql<CountRow>`
      select h.phase as group_key, count(*)::int as partnerships, min(h.evaluated_at) as evaluated_at, ${cellCounts}
      from partnership_health h where ${where} group by h.phase`.execute(db);
    const evaluated = rows.map((row) => row.evaluated_at).filter((at): at is Date => at !== null);
    return {
      partnerships: rows.reduce((sum, row) => sum + row.partnerships, 0),
      evaluatedAt: evaluated.length ? new Date(Math.min(...evaluated.map((at) => at.getTime()))) : null,
      groups: rows.map(toGroup),
    };
  }
  const onlyFiltered = criteria.countries?.length ? sql`and c = any(${textArray(criteria.countries)})` : sql``;
  const [grouped, total] = await Promise.all([
    sql<CountRow>`
      select c as group_key, count(*)::int as partnerships, null as evaluated_at, ${cellCounts}
      from partnership_health h cross join lateral unnest(h.countries) as c
      where ${where} ${onlyFiltered} group by c`.execute(db),
    sql<{ partnerships: number; evaluated_at: Date | null }>`
      select count(*)::int as partnerships, min(h.evaluated_at) as evaluated_at
      from partnership_health h where ${where}`.execute(db),
  ]);
  return {
    partnerships: total.rows[0]?.partnerships ?? 0,
    evaluatedAt: total.rows[0]?.evaluated_at ?? null,
    groups: grouped.rows.map(toGroup),
  };
}

function listingSql(criteria: HealthCriteria, factor: SuccessFactor, statuses: readonly HealthStatus[], group: HealthGroup | null): RawBuilder<boolean> {
  const codes = statuses.map(statusCode);
  const conditions: RawBuilder<unknown>[] = [criteriaSql(criteria), sql`h.${sql.ref(statusColumn(factor))} = any(${sql`${codes}::smallint[]`})`];
  if (group?.groupBy === HealthOverviewGrouping.PHASE) conditions.push(sql`h.phase = ${group.key}`);
  if (group?.groupBy === HealthOverviewGrouping.COUNTRY) conditions.push(sql`h.countries @> ${textArray([group.key])}`);
  return sql<boolean>`(${sql.join(conditions, sql` and `)})`;
}

/** A page of the partnerships one overview cell counts, in the partnership list's order (newest registration first). */
export async function listByHealth(
  db: Db,
  criteria: HealthCriteria,
  factor: SuccessFactor,
  statuses: readonly HealthStatus[],
  group: HealthGroup | null,
  limit: number,
  after: TimestampIdKey | null,
): Promise<{ id: string; listing_created_at: string }[]> {
  return db
    .selectFrom('partnership_records as r')
    .innerJoin('partnership_health as h', 'h.partnership_id', 'r.partnership_id')
    .select(['r.partnership_id as id', sql<string>`r.registered_at::text`.as('listing_created_at')])
    .where(listingSql(criteria, factor, statuses, group))
    .$call((q) => (after === null ? q : q.where(sql<boolean>`(r.registered_at, r.partnership_id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`)))
    .orderBy('r.registered_at', 'desc')
    .orderBy('r.partnership_id', 'desc')
    .limit(limit)
    .execute();
}

export async function countByHealth(
  db: Db,
  criteria: HealthCriteria,
  factor: SuccessFactor,
  statuses: readonly HealthStatus[],
  group: HealthGroup | null,
): Promise<number> {
  const { rows } = await sql<{ count: number }>`
    select count(*)::int as count from partnership_health h where ${listingSql(criteria, factor, statuses, group)}`.execute(db);
  return rows[0]?.count ?? 0;
}
