import { sql, type Kysely, type RawBuilder } from 'kysely';
import { eventLogSchema } from './event-log-schema.js';
import { eventColumns, positionOf, toStoredEvent, type EventRow } from './event-row.js';
import type { EventPosition, StoredEvent } from './event-types.js';

export interface EventPage {
  events: StoredEvent[];
  /** Where the next read continues: the last event's position, or `after` if none. */
  position: EventPosition | null;
}

/** An event with its place in the log, so a consumer can move its cursor to it. */
export interface PositionedEvent {
  event: StoredEvent;
  position: EventPosition;
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

/** The next visible events after `after` (null: from the start), gap-free, in order. */
export async function readPositionedEvents(db: Kysely<any>, after: EventPosition | null, limit: number): Promise<PositionedEvent[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`Invalid limit: ${limit}`);
  const { rows } = await sql<EventRow>`
    select ${eventColumns} from ${events}
    where ${visibleToReaders} and ${isAfter(after)}
    order by tx_id, seq
    limit ${limit}`.execute(db);
  return rows.map((row) => ({ event: toStoredEvent(row), position: positionOf(row) }));
}

/** The next page of events after `after` (null: from the start), gap-free. */
export async function readEvents(db: Kysely<any>, after: EventPosition | null, limit: number): Promise<EventPage> {
  const page = await readPositionedEvents(db, after, limit);
  return { events: page.map((entry) => entry.event), position: page.at(-1)?.position ?? after };
}

/** Committed events the xmin rule still holds back (an older transaction is open). */
export async function hasHeldBackEvents(db: Kysely<any>): Promise<boolean> {
  const { rows } = await sql<{ held_back: boolean }>`
    select exists (
      select 1 from ${events} where tx_id >= pg_snapshot_xmin(pg_current_snapshot())
    ) as held_back`.execute(db);
  return rows[0]?.held_back ?? false;
}
