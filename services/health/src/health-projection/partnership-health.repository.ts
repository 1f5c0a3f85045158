import { sql } from 'kysely';
import type { Db, Trx } from '../database.js';
import { clearHealthCounts, countedHealthOf, moveHealthCounts } from './health-counts.repository.js';
import type { HealthPublication, PartnershipHealthTable } from './health-projection.table.js';
import type { RegistryRecord } from '../registry/registry-record.js';

/** What the evaluation needs of the registry's partnership: where it works, its version and its record. */
export interface PartnershipPlace {
  id: string;
  version: number;
  phase: string;
  countries: string[];
  sectors: string[];
  is_demo: boolean;
  /** Null while no event carried the record whole: such a partnership keeps the row it has. */
  record: RegistryRecord | null;
}

export async function partnershipPlaces(db: Db | Trx, ids: readonly string[]): Promise<PartnershipPlace[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('partnership_records')
    .select(['partnership_id as id', 'version', 'phase', 'countries', 'sectors', 'is_demo', 'record'])
    .where('partnership_id', 'in', [...ids])
    .execute();
}

export type HealthValues = Omit<PartnershipHealthTable, 'evaluated_at'>;

async function heldRows(trx: Trx, ids: readonly string[]) {
  return trx
    .selectFrom('partnership_health')
    .selectAll()
    .where('partnership_id', 'in', [...ids])
    .execute();
}

/** Rows per statement: 28 parameters each stay well under PostgreSQL's 65,535. */
const ROWS_PER_STATEMENT = 1_000;

/** Writes the rows, replacing what was there, and moves the overview's counts with them. */
export async function upsertHealthRows(trx: Trx, rows: readonly HealthValues[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const before = await heldRows(
      trx,
      chunk.map((row) => row.partnership_id),
    );
    await moveHealthCounts(trx, before.map(countedHealthOf), chunk.map(countedHealthOf));
    // biome-ignore lint/style/noNonNullAssertion: a chunk is never empty: the loop runs while rows remain
    const columns = Object.keys(chunk[0]!).filter((column) => column !== 'partnership_id') as (keyof HealthValues)[];
    await trx
      .insertInto('partnership_health')
      .values(chunk.map((row) => ({ ...row })))
      .onConflict((conflict) =>
        conflict.column('partnership_id').doUpdateSet({
          ...Object.fromEntries(columns.map((column) => [column, sql.ref(`excluded.${column}`)])),
          evaluated_at: sql<Date>`now()`,
        }),
      )
      .execute();
  }
}

export async function deleteHealthRows(trx: Trx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const before = await heldRows(trx, ids);
  if (before.length === 0) return;
  await moveHealthCounts(trx, before.map(countedHealthOf), []);
  await trx
    .deleteFrom('partnership_health')
    .where('partnership_id', 'in', [...ids])
    .execute();
}

/** Partnerships whose evaluation a time-bound rule would change by `today`, earliest first. */
export async function dueForReview(db: Db | Trx, today: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('partnership_health')
    .select('partnership_id')
    .where('review_on', '<=', today)
    .orderBy('review_on')
    .orderBy('partnership_id')
    .limit(limit)
    .execute();
  return rows.map((row) => row.partnership_id);
}

export async function lastPublications(trx: Trx, ids: readonly string[]): Promise<Map<string, HealthPublication>> {
  if (ids.length === 0) return new Map();
  const rows = await trx
    .selectFrom('health_publications')
    .selectAll()
    .where('partnership_id', 'in', [...ids])
    .execute();
  return new Map(rows.map((row) => [row.partnership_id, row]));
}

export async function recordPublications(trx: Trx, rows: readonly HealthPublication[]): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('health_publications')
    .values(rows.map((row) => ({ ...row, statuses: JSON.stringify(row.statuses) })))
    .onConflict((conflict) =>
      conflict.column('partnership_id').doUpdateSet((eb) => ({
        version: eb.ref('excluded.version'),
        phase: eb.ref('excluded.phase'),
        statuses: eb.ref('excluded.statuses'),
        weakest_factors: eb.ref('excluded.weakest_factors'),
      })),
    )
    .execute();
}

/** Replay empties the rows but keeps the publications, so a rebuild republishes only what differs. */
export async function clearHealthRows(trx: Trx): Promise<void> {
  await trx.deleteFrom('partnership_health').execute();
  await clearHealthCounts(trx);
}

/** One writer at a time (the consumer's batch, the periodic review), so publication versions never collide. */
export async function lockHealthProjection(trx: Trx): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('health.health-projection'))`.execute(trx);
}
