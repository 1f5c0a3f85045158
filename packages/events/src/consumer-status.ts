import { sql, type Kysely } from 'kysely';
import { cursors } from './consumer-cursor.js';
import { eventLogSchema } from './event-log-schema.js';

const events = sql.id(eventLogSchema, 'events');
const deadLetters = sql.id(eventLogSchema, 'dead_letters');

/** How far behind a consumer is; alert on the age, which grows even when traffic is low. */
export interface ConsumerStatus {
  /**
   * Committed events after the cursor, including events the xmin rule still holds back
   * (an older transaction is open): none of them can sort before the cursor, so all are
   * work still to do.
   */
  pending: number;
  /** When the oldest of them was appended; null when caught up. */
  oldestPendingAt: Date | null;
  /** Its age in seconds, 0 when caught up. */
  oldestPendingAgeSeconds: number;
  /** Events given up on and parked as dead letters. */
  parked: number;
}

export async function readConsumerStatus(db: Kysely<any>, consumer: string): Promise<ConsumerStatus> {
  const { rows } = await sql<{ pending: number | string; oldest_pending_at: Date | null; age_seconds: number | null; parked: number | string }>`
    select pending.count as pending, pending.oldest as oldest_pending_at,
      extract(epoch from now() - pending.oldest)::float8 as age_seconds,
      (select count(*) from ${deadLetters} d where d.consumer = ${consumer}) as parked
    from (values (1)) as one (x)
    left join ${cursors} c on c.consumer = ${consumer}
    cross join lateral (
      select count(*) as count, min(e.occurred_at) as oldest from ${events} e
      where c.tx_id is null or (e.tx_id, e.seq) > (c.tx_id, c.seq)
    ) as pending`.execute(db);
  // biome-ignore lint/style/noNonNullAssertion: the query reads from a one-row values list, so it returns exactly one row
  const row = rows[0]!;
  return {
    pending: Number(row.pending),
    oldestPendingAt: row.oldest_pending_at,
    oldestPendingAgeSeconds: Math.max(0, row.age_seconds ?? 0),
    parked: Number(row.parked),
  };
}
