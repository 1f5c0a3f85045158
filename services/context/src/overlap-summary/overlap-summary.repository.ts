import type { Db, Trx } from '../database.js';
import type { OverlapFigures } from './overlap-figures.js';
import type { OverlapSummaryRow } from './overlap-summary.table.js';

export async function summariesByIds(db: Db, ids: readonly string[]): Promise<OverlapSummaryRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('overlap_summaries')
    .selectAll()
    .where('partnership_id', 'in', [...ids])
    .execute();
}

/** The stored summary, locked until the transaction ends (two summarisers never interleave on one). */
export async function lockedSummary(trx: Trx, partnershipId: string): Promise<OverlapSummaryRow | null> {
  const row = await trx.selectFrom('overlap_summaries').selectAll().where('partnership_id', '=', partnershipId).forUpdate().executeTakeFirst();
  return row ?? null;
}

export async function writeSummary(trx: Trx, partnershipId: string, figures: OverlapFigures, overlapIds: string[], version: number): Promise<void> {
  const values = {
    overlaps: figures.overlaps,
    duplicates: figures.duplicates,
    strongest_score: figures.strongestScore,
    computed_at: new Date(),
    version,
    overlap_ids: overlapIds,
  };
  await trx
    .insertInto('overlap_summaries')
    .values({ partnership_id: partnershipId, ...values })
    .onConflict((conflict) => conflict.column('partnership_id').doUpdateSet(values))
    .execute();
}
