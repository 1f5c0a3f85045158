import { sql } from 'kysely';
import type { EventPosition, StoredEvent } from './event-types.js';

export interface EventRow {
  seq: number | string;
  tx_id_text: string;
  source: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  aggregate_version: number;
  schema_version: number;
  payload: unknown;
  occurred_at: Date;
}

/**
 * Columns of event_log.events as EventRow. tx_id comes as text so no driver parses it,
 * under another name: ORDER BY tx_id would otherwise sort the text alias ('1000' < '999').
 */
export const eventColumns = sql<EventRow>`
  seq, tx_id::text as tx_id_text, source, type, aggregate_type, aggregate_id,
  aggregate_version, schema_version, payload, occurred_at`;

// Number(): bigint arrives as a string unless the pool installed a parser for it.
export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    seq: Number(row.seq),
    source: row.source,
    type: row.type,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    aggregateVersion: row.aggregate_version,
    schemaVersion: row.schema_version,
    payload: row.payload,
    occurredAt: row.occurred_at,
  };
}

export function positionOf(row: EventRow): EventPosition {
  return { txId: row.tx_id_text, seq: Number(row.seq) };
}
