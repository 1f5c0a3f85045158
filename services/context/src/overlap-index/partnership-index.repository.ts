import { sql } from 'kysely';
import type { Db, Trx } from '../database.js';
import type { PartnershipIndexTable } from './partnership-index.table.js';

export type PartnershipIndexValues = Omit<PartnershipIndexTable, 'indexed_at'>;

/**
 * Inserts or replaces a partnership's row, but only with a newer version than the
 * stored one: events may arrive again (at-least-once delivery, replays) and must not
 * roll the index back.
 */
export async function upsertIfNewer(trx: Trx, values: PartnershipIndexValues): Promise<void> {
  await trx
    .insertInto('partnership_index')
    .values(values)
    .onConflict((conflict) =>
      conflict
        .column('partnership_id')
        .doUpdateSet((eb) => ({
          version: eb.ref('excluded.version'),
          name: eb.ref('excluded.name'),
          countries: eb.ref('excluded.countries'),
          regions: eb.ref('excluded.regions'),
          sectors: eb.ref('excluded.sectors'),
          sdg_targets: eb.ref('excluded.sdg_targets'),
          phase: eb.ref('excluded.phase'),
          status: eb.ref('excluded.status'),
          indexed_at: sql<Date>`now()`,
        }))
        .where('partnership_index.version', '<', (eb) => eb.ref('excluded.version')),
    )
    .execute();
}

export async function countIndexedPartnerships(db: Db): Promise<number> {
  const { count } = await db
    .selectFrom('partnership_index')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** Empties the index for a replay, in the transaction that also resets the cursor. */
export async function clearPartnershipIndex(trx: Trx): Promise<void> {
  await trx.deleteFrom('partnership_index').execute();
}
