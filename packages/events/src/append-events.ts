import { sql, type Kysely } from 'kysely';
import { eventLogSchema } from './event-log-schema.js';
import { eventColumns, toStoredEvent, type EventRow } from './event-row.js';
import type { NewEvent, StoredEvent } from './event-types.js';

/**
 * Appends events in the caller's transaction (the transactional outbox): they become
 * visible exactly when the state change they describe commits, and vanish with it on
 * rollback. A trigger on the table sends the NOTIFY (20261127T2302_notify_on_append), which
 * is transactional too, so consumers wake on commit, not before.
 */
export async function appendEvents(trx: Kysely<any>, source: string, events: readonly NewEvent[]): Promise<StoredEvent[]> {
  if (events.length === 0) return [];
  // Payload stringified here: pg would send a top-level array as a PostgreSQL array literal.
  const values = events.map(
    (event) => sql`(${source}, ${event.type}, ${event.aggregateType}, ${event.aggregateId},
      ${event.aggregateVersion}, ${event.schemaVersion ?? 1},
      ${JSON.stringify(event.payload ?? null)}::jsonb)`,
  );
  const { rows } = await sql<EventRow>`
    insert into ${sql.id(eventLogSchema, 'events')}
      (source, type, aggregate_type, aggregate_id, aggregate_version, schema_version, payload)
    values ${sql.join(values)}
    returning ${eventColumns}`.execute(trx);
  // seq is drawn in values order; RETURNING order is not documented, so sort by it.
  return rows.map(toStoredEvent).sort((a, b) => a.seq - b.seq);
}
