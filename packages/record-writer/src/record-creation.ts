import type { Transaction } from 'kysely';
import { appendRecordedWrite, type RecordedWrite } from './recorded-write.js';
import type { RecordKind, VersionedRow, VersionedTableName } from './record-kind.js';

/** A record the service has just inserted (version 1), with what to record about it. */
export interface RecordCreation extends RecordedWrite {
  record: VersionedRow;
}

/**
 * Appends the creation's event and change record in the service's transaction. The
 * service inserts the row itself (its own rows refer to it before the event can
 * describe it), then calls this once.
 */
export async function recordCreation<DB, Table extends VersionedTableName<DB>>(
  trx: Transaction<DB>,
  kind: RecordKind<DB, Table>,
  creation: RecordCreation,
): Promise<void> {
  if (creation.record.version !== 1)
    throw new Error(`${creation.action} recorded ${kind.recordType} ${creation.record.id} as created at v${creation.record.version}`);
  await appendRecordedWrite(trx, kind, creation.record, creation);
}
