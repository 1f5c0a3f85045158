import { sql, type Kysely } from 'kysely';
import type { ChangeHistoryTables } from './change-record.table.js';
import type { StoredFieldChange } from './stored-field-change.js';

export interface NewChangeRecord {
  recordType: string;
  recordId: string;
  recordVersion: number;
  /** Null for the system (demo data), which acts without an account. */
  actorAccountId: string | null;
  action: string;
  changes: readonly StoredFieldChange[];
}

/**
 * Records a change inside the mutation's own transaction: the record and its
 * history commit together or not at all.
 */
export async function appendChangeRecord(trx: Kysely<any>, record: NewChangeRecord): Promise<void> {
  const changes = record.changes.map((change) => ({ field: change.field, old: change.old ?? null, new: change.new ?? null }));
  await (trx as Kysely<ChangeHistoryTables>)
    .insertInto('change_records')
    .values({
      record_type: record.recordType,
      record_id: record.recordId,
      record_version: record.recordVersion,
      actor_account_id: record.actorAccountId,
      action: record.action,
      // Stringified: pg would send a top-level array as a PostgreSQL array literal.
      changes: sql<StoredFieldChange[]>`${JSON.stringify(changes)}::jsonb`,
    })
    .execute();
}
