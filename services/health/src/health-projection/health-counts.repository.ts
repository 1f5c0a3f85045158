import { sql } from 'kysely';
import type { Db, Trx } from '../database.js';
import type { HealthCountsTable } from './health-projection.table.js';
import { FACTORS, STATUS_CODES, statusColumn } from './status-columns.js';

/** The row key for every partnership once, beside one row per country named. */
export const ALL_COUNTRIES = '*';

const CELLS = FACTORS.length * STATUS_CODES.length;

/** What a health row counts for: its place in the overview and a status code per factor. */
export interface CountedHealth {
  phase: string;
  countries: string[];
  is_demo: boolean;
  statusCodes: number[];
}

export function countedHealthOf(row: { phase: string; countries: string[]; is_demo: boolean } & Record<string, unknown>): CountedHealth {
  return { phase: row.phase, countries: row.countries, is_demo: row.is_demo, statusCodes: FACTORS.map((factor) => Number(row[statusColumn(factor)])) };
}

/**
 * Moves the overview's counts from what the rows counted for before to what they count
 * for after (either side may be missing: a new row, a deleted one), in one statement.
 * Callers hold the projection's lock, so no two moves interleave.
 */
export async function moveHealthCounts(trx: Trx, before: readonly CountedHealth[], after: readonly CountedHealth[]): Promise<void> {
  const deltas = new Map<string, HealthCountsTable>();
  const add = (health: CountedHealth, sign: 1 | -1) => {
    for (const country of [ALL_COUNTRIES, ...new Set(health.countries)]) {
      const key = `${country}|${health.phase}|${health.is_demo}`;
      let delta = deltas.get(key);
      if (!delta) {
        delta = { country, phase: health.phase, is_demo: health.is_demo, partnerships: 0, counts: new Array<number>(CELLS).fill(0) };
        deltas.set(key, delta);
      }
      delta.partnerships += sign;
      health.statusCodes.forEach((code, factor) => {
        // biome-ignore lint/style/noNonNullAssertion: counts has a cell per factor and status code
        delta.counts[factor * STATUS_CODES.length + code]! += sign;
      });
    }
  };
  for (const health of before) add(health, -1);
  for (const health of after) add(health, 1);
  const changed = [...deltas.values()].filter((delta) => delta.partnerships !== 0 || delta.counts.some((count) => count !== 0));
  if (changed.length === 0) return;
  await trx
    .insertInto('health_counts')
    .values(changed.map((delta) => ({ ...delta, counts: sql<number[]>`${delta.counts}::int[]` })))
    .onConflict((conflict) =>
      conflict.columns(['country', 'phase', 'is_demo']).doUpdateSet({
        partnerships: sql<number>`health_counts.partnerships + excluded.partnerships`,
        counts: sql<number[]>`(select array_agg(held + moved order by position)
          from unnest(health_counts.counts, excluded.counts) with ordinality as cell(held, moved, position))`,
      }),
    )
    .execute();
}

export interface CountsSelection {
  /** ALL_COUNTRIES, or the countries whose rows to read. */
  countries: readonly string[] | 'EVERY_COUNTRY';
  phases?: readonly string[];
  includeDemo: boolean;
}

/** The count rows a selection names, each with its counts. */
export async function readHealthCounts(db: Db, selection: CountsSelection, withAllCountries: boolean): Promise<HealthCountsTable[]> {
  const countryCondition =
    selection.countries === 'EVERY_COUNTRY'
      ? withAllCountries
        ? sql`true`
        : sql`country <> ${ALL_COUNTRIES}`
      : sql`country = any(${sql`${[...selection.countries, ...(withAllCountries ? [ALL_COUNTRIES] : [])]}::text[]`})`;
  const { rows } = await sql<HealthCountsTable>`
    select country, phase, is_demo, partnerships, counts from health_counts
    where partnerships > 0 and ${countryCondition}
      ${selection.phases?.length ? sql`and phase = any(${sql`${[...selection.phases]}::text[]`})` : sql``}
      ${selection.includeDemo ? sql`` : sql`and not is_demo`}`.execute(db);
  return rows;
}

export async function clearHealthCounts(trx: Trx): Promise<void> {
  await trx.deleteFrom('health_counts').execute();
}
