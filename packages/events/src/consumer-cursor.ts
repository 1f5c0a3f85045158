import { sql, type Kysely } from 'kysely';
import { eventLogSchema } from './event-log-schema.js';
import type { EventPosition } from './event-types.js';

const cursors = sql.id(eventLogSchema, 'consumer_cursors');

interface CursorRow {
  tx_id_text: string | null;
  seq: number | string | null;
}

function toPosition(row: CursorRow | undefined): EventPosition | null {
  if (!row || row.tx_id_text === null || row.seq === null) return null;
  return { txId: row.tx_id_text, seq: Number(row.seq) };
}

/**
 * Locks the consumer's cursor row for the rest of the transaction, creating it on
 * first use, so two instances of one consumer never work on the same batch.
 */
export async function lockCursor(trx: Kysely<any>, consumer: string): Promise<EventPosition | null> {
  await sql`insert into ${cursors} (consumer) values (${consumer})
    on conflict (consumer) do nothing`.execute(trx);
  const { rows } = await sql<CursorRow>`
    select tx_id::text as tx_id_text, seq from ${cursors}
    where consumer = ${consumer} for update`.execute(trx);
  return toPosition(rows[0]);
}

export async function saveCursor(trx: Kysely<any>, consumer: string, position: EventPosition): Promise<void> {
  await sql`update ${cursors}
    set tx_id = ${position.txId}::xid8, seq = ${position.seq}, updated_at = now()
    where consumer = ${consumer}`.execute(trx);
}

/** Back to the start of the log; waits for a batch in progress (row lock). */
export async function resetCursor(db: Kysely<any>, consumer: string): Promise<void> {
  await sql`insert into ${cursors} (consumer) values (${consumer})
    on conflict (consumer) do update set tx_id = null, seq = null, updated_at = now()`.execute(db);
}

export async function readCursor(db: Kysely<any>, consumer: string): Promise<EventPosition | null> {
  const { rows } = await sql<CursorRow>`
    select tx_id::text as tx_id_text, seq from ${cursors} where consumer = ${consumer}`.execute(db);
  return toPosition(rows[0]);
}
