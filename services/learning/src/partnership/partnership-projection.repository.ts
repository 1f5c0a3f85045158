import { sql } from 'kysely';
import type { Db, Trx } from '../database.js';
import type { PartnershipProjectionRow, PartnershipProjectionTable } from './partnership-projection.table.js';

export type PartnershipProjectionValues = Omit<PartnershipProjectionTable, 'projected_at'>;

/** Inserts or replaces a partnership, but only with a newer version: events may come again and must not roll it back. */
export async function upsertPartnershipIfNewer(trx: Trx, values: PartnershipProjectionValues): Promise<boolean> {
  const result = await trx
    .insertInto('partnership_projection')
    .values(values)
    .onConflict((conflict) =>
      conflict
        .column('partnership_id')
        .doUpdateSet((eb) => ({
          version: eb.ref('excluded.version'),
          name: eb.ref('excluded.name'),
          phase: eb.ref('excluded.phase'),
          status: eb.ref('excluded.status'),
          countries: eb.ref('excluded.countries'),
          sectors: eb.ref('excluded.sectors'),
          sdg_targets: eb.ref('excluded.sdg_targets'),
          is_demo: eb.ref('excluded.is_demo'),
          projected_at: sql<Date>`now()`,
        }))
        .where('partnership_projection.version', '<', (eb) => eb.ref('excluded.version')),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findProjectedPartnership(db: Db | Trx, id: string): Promise<PartnershipProjectionRow | undefined> {
  return db.selectFrom('partnership_projection').selectAll().where('partnership_id', '=', id).executeTakeFirst();
}

export async function clearPartnershipProjection(trx: Trx): Promise<void> {
  await trx.deleteFrom('partnership_projection').execute();
  await trx.deleteFrom('partnership_weak_factors').execute();
}
