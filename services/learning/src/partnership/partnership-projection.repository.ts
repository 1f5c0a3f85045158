import { upsertNewerVersion } from '@msp-atlas/db';
import { sql } from 'kysely';
import type { Db, Trx } from '../database.js';
import type { PartnershipProjectionRow, PartnershipProjectionTable } from './partnership-projection.table.js';

export type PartnershipProjectionValues = Omit<PartnershipProjectionTable, 'projected_at'>;

/** Inserts or replaces a partnership, but only with a newer version: events may come again and must not roll it back. */
export function upsertPartnershipIfNewer(trx: Trx, values: PartnershipProjectionValues): Promise<boolean> {
  return upsertNewerVersion(trx, 'partnership_projection', 'partnership_id', values, { projected_at: sql<Date>`now()` });
}

export async function findProjectedPartnership(db: Db | Trx, id: string): Promise<PartnershipProjectionRow | undefined> {
  return db.selectFrom('partnership_projection').selectAll().where('partnership_id', '=', id).executeTakeFirst();
}

export async function clearPartnershipProjection(trx: Trx): Promise<void> {
  await trx.deleteFrom('partnership_projection').execute();
}
