import type { Db, Trx } from '../database.js';
import type { Insertable } from 'kysely';
import type { PartnershipWeakFactorsTable } from './partnership-weak-factors.table.js';

/** Replaces the partnership's weakest factors, only with a newer health version (events come again, and late). */
export async function upsertWeakFactorsIfNewer(trx: Trx, values: Insertable<PartnershipWeakFactorsTable>): Promise<boolean> {
  const result = await trx
    .insertInto('partnership_weak_factors')
    .values(values)
    .onConflict((conflict) =>
      conflict
        .column('partnership_id')
        .doUpdateSet((eb) => ({
          health_version: eb.ref('excluded.health_version'),
          phase: eb.ref('excluded.phase'),
          evaluated_on: eb.ref('excluded.evaluated_on'),
          weakest_factors: eb.ref('excluded.weakest_factors'),
        }))
        .where('partnership_weak_factors.health_version', '<', (eb) => eb.ref('excluded.health_version')),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Weakest first; empty while no health evaluation has reached this service. */
export async function weakestFactorsOf(db: Db, partnershipId: string): Promise<string[]> {
  const row = await db.selectFrom('partnership_weak_factors').select('weakest_factors').where('partnership_id', '=', partnershipId).executeTakeFirst();
  return row?.weakest_factors ?? [];
}
