import { sql, type Kysely } from 'kysely';
import { eventLogSchema } from './event-log-schema.js';
import { eventColumns, toStoredEvent, type EventRow } from './event-row.js';
import type { StoredEvent } from './event-types.js';

const deadLetters = sql.id(eventLogSchema, 'dead_letters');
const events = sql.id(eventLogSchema, 'events');

/** An event a consumer gave up on, kept with the error so someone can fix and retry it. */
export interface DeadLetter {
  id: number;
  consumer: string;
  event: StoredEvent;
  attempts: number;
  error: string;
  parkedAt: Date;
}

interface DeadLetterRow extends EventRow {
  dead_letter_id: number | string;
  consumer: string;
  attempts: number;
  error: string;
  parked_at: Date;
}

/** Which dead letters a command is about: one by id, a consumer's, or all. */
export type DeadLetterSelection = { id: number } | { consumer: string } | 'all';

const MAX_ERROR_LENGTH = 4_000;

/** The error as a person needs it: the message and stack, then each cause's message. */
export function describeFailure(error: unknown): string {
  const parts: string[] = [];
  for (let current = error, depth = 0; current !== undefined && depth < 5; depth += 1) {
    parts.push(current instanceof Error ? (depth === 0 ? (current.stack ?? current.message) : `caused by: ${current.message}`) : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join('\n').slice(0, MAX_ERROR_LENGTH);
}

export async function parkEvent(trx: Kysely<any>, park: { consumer: string; eventSeq: number; attempts: number; error: string }): Promise<void> {
  await sql`insert into ${deadLetters} (consumer, event_seq, attempts, error)
    values (${park.consumer}, ${park.eventSeq}, ${park.attempts}, ${park.error})
    on conflict (consumer, event_seq) do update
      set attempts = excluded.attempts, error = excluded.error, parked_at = now()`.execute(trx);
}

function matching(selection: DeadLetterSelection) {
  if (selection === 'all') return sql`true`;
  if ('id' in selection) return sql`d.id = ${selection.id}`;
  return sql`d.consumer = ${selection.consumer}`;
}

/** In log order, so a retry applies a consumer's parked events as they happened. */
export async function listDeadLetters(db: Kysely<any>, selection: DeadLetterSelection = 'all'): Promise<DeadLetter[]> {
  const { rows } = await sql<DeadLetterRow>`
    select d.id as dead_letter_id, d.consumer, d.attempts, d.error, d.parked_at, ${eventColumns}
    from ${deadLetters} d join ${events} on events.seq = d.event_seq
    where ${matching(selection)}
    order by events.tx_id, events.seq, d.consumer`.execute(db);
  return rows.map((row) => ({
    id: Number(row.dead_letter_id),
    consumer: row.consumer,
    event: toStoredEvent(row),
    attempts: row.attempts,
    error: row.error,
    parkedAt: row.parked_at,
  }));
}

/** Deletes it in the retry's transaction; false if it is gone (another retry, a replay). */
export async function deleteDeadLetter(trx: Kysely<any>, id: number): Promise<boolean> {
  const result = await sql`delete from ${deadLetters} where id = ${id}`.execute(trx);
  return Number(result.numAffectedRows ?? 0) > 0;
}

export async function deleteDeadLettersOf(trx: Kysely<any>, consumer: string): Promise<void> {
  await sql`delete from ${deadLetters} where consumer = ${consumer}`.execute(trx);
}

export async function recordFailedRetry(db: Kysely<any>, id: number, error: string): Promise<void> {
  await sql`update ${deadLetters} set attempts = attempts + 1, error = ${error}, parked_at = now()
    where id = ${id}`.execute(db);
}
