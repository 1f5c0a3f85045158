import { sql, type Kysely } from 'kysely';
import { eventLogSchema } from './event-log-schema.js';
import type { EventPosition } from './event-types.js';
import { visibleToReaders } from './read-events.js';

export const cursors = sql.id(eventLogSchema, 'consumer_cursors');
const events = sql.id(eventLogSchema, 'events');

interface CursorRow {
  tx_id_text: string | null;
  seq: number | string | null;
}

export function toPosition(row: CursorRow | undefined): EventPosition | null {
  if (!row || row.tx_id_text === null || row.seq === null) return null;
  return { txId: row.tx_id_text, seq: Number(row.seq) };
}

/** What one look at the cursor tells a consumer, without writing anything. */
export interface CursorLook {
  position: EventPosition | null;
  /** Visible events after the cursor. */
  hasWork: boolean;
  /** The instance holding a live lease, and for how much longer; null when free. */
  lease: { owner: string; remainingMs: number } | null;
  /** The cluster's next transaction id: a cursor at or beyond it came from another cluster. */
  nextTxId: string;
  cursorBeyondCounter: boolean;
}

interface LookRow extends CursorRow {
  has_work: boolean;
  lease_owner: string | null;
  lease_remaining_ms: number | null;
  next_tx_id: string;
  cursor_beyond_counter: boolean | null;
}

/**
 * One read-only statement, outside any transaction: it takes no transaction id, writes
 * no WAL and locks nothing, so an idle consumer costs the cluster nothing but a read.
 */
export async function lookAtCursor(db: Kysely<any>, consumer: string): Promise<CursorLook> {
  const { rows } = await sql<LookRow>`
    select c.tx_id::text as tx_id_text, c.seq,
      exists (
        select 1 from ${events} e
        -- unqualified tx_id in the rule is e's: the inner table comes first
        where ${visibleToReaders} and (c.tx_id is null or (e.tx_id, e.seq) > (c.tx_id, c.seq))
      ) as has_work,
      case when c.lease_expires_at > now() then c.lease_owner end as lease_owner,
      extract(epoch from (c.lease_expires_at - now()))::float8 * 1000 as lease_remaining_ms,
      pg_snapshot_xmax(pg_current_snapshot())::text as next_tx_id,
      c.tx_id >= pg_snapshot_xmax(pg_current_snapshot()) as cursor_beyond_counter
    from (values (1)) as one (x)
    left join ${cursors} c on c.consumer = ${consumer}`.execute(db);
  // biome-ignore lint/style/noNonNullAssertion: the query reads from a one-row values list, so it returns exactly one row
  const row = rows[0]!;
  return {
    position: toPosition(row),
    hasWork: row.has_work,
    lease: row.lease_owner === null ? null : { owner: row.lease_owner, remainingMs: Math.max(0, row.lease_remaining_ms ?? 0) },
    nextTxId: row.next_tx_id,
    cursorBeyondCounter: row.cursor_beyond_counter === true,
  };
}

export async function readCursor(db: Kysely<any>, consumer: string): Promise<EventPosition | null> {
  const { rows } = await sql<CursorRow>`
    select tx_id::text as tx_id_text, seq from ${cursors} where consumer = ${consumer}`.execute(db);
  return toPosition(rows[0]);
}

/**
 * Back to the start of the log, as the replay's first statement: it also ends any lease
 * (a new token), so an instance in the middle of a batch cannot commit the old position
 * afterwards, and the row lock makes such a commit wait for the replay and then fail.
 */
export async function resetCursor(trx: Kysely<any>, consumer: string): Promise<void> {
  await sql`insert into ${cursors} as c (consumer) values (${consumer})
    on conflict (consumer) do update set tx_id = null, seq = null, updated_at = now(),
      lease_owner = null, lease_expires_at = null, lease_token = c.lease_token + 1,
      failing_seq = null, failing_attempts = 0`.execute(trx);
}
