import { sql, type Kysely, type RawBuilder } from 'kysely';
import { eventLogSchema } from './event-log-schema.js';
import { eventColumns, positionOf, toStoredEvent, type EventRow } from './event-row.js';
import type { EventPosition, StoredEvent } from './event-types.js';

export interface EventPage {
  events: StoredEvent[];
  /** Where the next read continues: the last event's position, or `after` if none. */
  position: EventPosition | null;
}

const events = sql.id(eventLogSchema, 'events');

/**
 * Why (tx_id, seq) and not seq alone: seq is drawn when a row is inserted, not when
 * its transaction commits, so under concurrency seq 7 can be visible while seq 5 is
 * still uncommitted; a reader that moved past 7 would skip 5 forever.
 * Instead a reader only takes events whose writing transaction is older than the
 * snapshot's xmin (every transaction below it has finished) and orders by (tx_id, seq).
 * A transaction that commits later has tx_id >= that xmin, so it sorts after the
 * cursor and nothing is skipped. The price: a long-running writing transaction
 * anywhere on the server holds back delivery until it ends.
 */
export const visibleToReaders = sql<boolean>`tx_id < pg_snapshot_xmin(pg_current_snapshot())`;

export function isAfter(position: EventPosition | null): RawBuilder<boolean> {
  if (position === null) return sql<boolean>`true`;
  return sql<boolean>`(tx_id, seq) > (${position.txId}::xid8, ${position.seq})`;
}

/** The next page of events after `after` (null: from the start), gap-free. */
export async function readEvents(
  db: Kysely<any>,
  after: EventPosition | null,
  limit: number,
): Promise<EventPage> {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`Invalid limit: ${limit}`);
  const { rows } = await sql<EventRow>`
    select ${eventColumns} from ${events}
    where ${visibleToReaders} and ${isAfter(after)}
    order by tx_id, seq
    limit ${limit}`.execute(db);
  const last = rows.at(-1);
  return { events: rows.map(toStoredEvent), position: last ? positionOf(last) : after };
}

/** Committed events the xmin rule still holds back (an older transaction is open). */
export async function hasHeldBackEvents(db: Kysely<any>): Promise<boolean> {
  const { rows } = await sql<{ held_back: boolean }>`
    select exists (
      select 1 from ${events} where tx_id >= pg_snapshot_xmin(pg_current_snapshot())
    ) as held_back`.execute(db);
  return rows[0]?.held_back ?? false;
}

/**
 * Committed events after the cursor. Includes events the xmin rule still holds back:
 * none of them can sort before the cursor, so all are work still to do.
 */
export async function countEventsAfter(db: Kysely<any>, position: EventPosition | null): Promise<number> {
  const { rows } = await sql<{ count: number | string }>`
    select count(*) as count from ${events} where ${isAfter(position)}`.execute(db);
  return Number(rows[0]?.count ?? 0);
}
