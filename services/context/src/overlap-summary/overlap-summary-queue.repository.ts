import { sql } from 'kysely';
import type { Db, Trx } from '../database.js';

export interface QueuedPartnership {
  partnershipId: string;
  mark: string;
  withNeighbours: boolean;
}

/**
 * Marks a (re)indexed partnership, in the index consumer's transaction: one row. A row
 * already queued takes a new mark, so a summariser holding the old one leaves it queued.
 */
export async function markReindexed(trx: Trx, partnershipId: string): Promise<void> {
  await sql`
    insert into context.overlap_summary_queue (partnership_id, with_neighbours) values (${partnershipId}::uuid, true)
    on conflict (partnership_id) do update set mark = excluded.mark, with_neighbours = true`.execute(trx);
}

/**
 * Marks the neighbours of a summarised partnership. One queued already stays as it is: it
 * will be counted from an index that holds the change anyway.
 */
export async function markNeighbours(trx: Trx, partnershipIds: readonly string[]): Promise<void> {
  if (partnershipIds.length === 0) return;
  // Sorted: two writers take the rows' locks in one order.
  const ids = [...new Set(partnershipIds)].sort();
  await sql`
    insert into context.overlap_summary_queue (partnership_id, with_neighbours)
    select unnest(${ids}::uuid[]), false
    on conflict (partnership_id) do nothing`.execute(trx);
}

/** The longest-waiting marked partnerships; reading takes no lock. */
export async function oldestQueued(db: Db, limit: number): Promise<QueuedPartnership[]> {
  const rows = await db.selectFrom('overlap_summary_queue').select(['partnership_id', 'mark', 'with_neighbours']).orderBy('mark').limit(limit).execute();
  return rows.map((row) => ({ partnershipId: row.partnership_id, mark: String(row.mark), withNeighbours: row.with_neighbours }));
}

/** Takes a partnership off the queue unless it was marked again since `mark`; true when taken off. */
export async function unqueueIfUnchanged(trx: Trx, { partnershipId, mark }: QueuedPartnership): Promise<boolean> {
  const { rows } = await sql<{ partnership_id: string }>`
    delete from context.overlap_summary_queue where partnership_id = ${partnershipId}::uuid and mark = ${mark}::bigint
    returning partnership_id`.execute(trx);
  return rows.length > 0;
}

export async function anyQueued(db: Db): Promise<boolean> {
  return (await db.selectFrom('overlap_summary_queue').select('partnership_id').limit(1).executeTakeFirst()) !== undefined;
}

export async function countQueued(db: Db): Promise<number> {
  const { count } = await db
    .selectFrom('overlap_summary_queue')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}
