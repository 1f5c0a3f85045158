import { sql, type Kysely } from 'kysely';
import type { ChangeHistoryTables, ChangeRecordRow } from './change-record.table.js';

/** Which record's history: its type (e.g. `Partnership`) and id. */
export interface RecordRef {
  recordType: string;
  recordId: string;
}

/** Sort key of a change record: the time as PostgreSQL text (a Date would drop its microseconds), then the id. */
export type ChangeRecordKey = readonly [occurredAt: string, id: string];

export type ChangeRecordPageRow = ChangeRecordRow & { occurred_at_key: string };

/** Up to `limit` changes of one record, newest first, after the key of the last one seen. */
export async function changeRecordsPage(db: Kysely<any>, record: RecordRef, limit: number, after: ChangeRecordKey | null): Promise<ChangeRecordPageRow[]> {
  return (db as Kysely<ChangeHistoryTables>)
    .selectFrom('change_records')
    .selectAll()
    .select(sql<string>`occurred_at::text`.as('occurred_at_key'))
    .where('record_type', '=', record.recordType)
    .where('record_id', '=', record.recordId)
    .$call((query) =>
      after === null
        ? query
        : query.where((eb) => eb(eb.refTuple('occurred_at', 'id'), '<', eb.tuple(sql<Date>`${after[0]}::timestamptz`, sql<string>`${after[1]}::uuid`))),
    )
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function countChangeRecords(db: Kysely<any>, record: RecordRef): Promise<number> {
  const { count } = await (db as Kysely<ChangeHistoryTables>)
    .selectFrom('change_records')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('record_type', '=', record.recordType)
    .where('record_id', '=', record.recordId)
    .executeTakeFirstOrThrow();
  return Number(count);
}
