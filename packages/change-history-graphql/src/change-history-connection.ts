import { buildConnection, pageArguments, timestampIdKey, type Connection } from '@msp-atlas/federation';
import { ChangeRecordConnection } from './change-record.connection.js';
import { changeRecordsPage, countChangeRecords, type ChangeRecordPageRow, type RecordRef } from '@msp-atlas/change-history';
import type { ChangeRecord } from './change-record.type.js';
import { redactChanges } from './redact-changes.js';

/**
 * One page of a record's change history as a `ChangeRecordConnection`, for a field
 * resolver such as `Partnership.changeHistory(first, after)`: newest first, values of
 * the fields `shouldRedact` names blanked for this viewer.
 */
export async function changeHistoryConnection(
  db: Parameters<typeof changeRecordsPage>[0],
  record: RecordRef,
  args: { first?: number | null; after?: string | null },
  shouldRedact: (field: string) => boolean,
): Promise<Connection<ChangeRecord>> {
  const page = pageArguments(args.first, args.after);
  const rows = await changeRecordsPage(db, record, page.first + 1, page.after ? timestampIdKey(page.after) : null);
  return buildConnection(
    ChangeRecordConnection,
    rows,
    page,
    (row) => toChangeRecord(row, shouldRedact),
    (row) => [row.occurred_at_key, row.id],
    () => countChangeRecords(db, record),
  );
}

export function toChangeRecord(row: ChangeRecordPageRow, shouldRedact: (field: string) => boolean): ChangeRecord {
  return {
    id: row.id,
    recordVersion: row.record_version,
    action: row.action,
    occurredAt: row.occurred_at,
    actor: row.actor_account_id === null ? null : { id: row.actor_account_id },
    changes: redactChanges(row.changes, shouldRedact),
  };
}
