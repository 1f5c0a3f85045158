import { conflict } from '@msp-atlas/domain-errors';
import { sql, type Transaction, type UpdateObject } from 'kysely';
import { appendRecordedWrite, type RecordedWrite } from './recorded-write.js';
import type { RecordKind, RecordRow, VersionedRow, VersionedTableName } from './record-kind.js';

/** A change to an existing record, as the service decided it. */
export interface RecordChange<DB, Table extends VersionedTableName<DB>> extends RecordedWrite {
  /** The row the change starts from, as `lockRecord` returned it. */
  current: VersionedRow;
  /**
   * Columns of the record's own row, values or SQL expressions (a search document, say),
   * written with the version bump in one statement; none: only the version moves.
   */
  set?: UpdateObject<DB, Table>;
}

/**
 * Writes a change the service has checked: sets the columns, bumps the version, and
 * appends the event and the change record about the record at its new version, in the
 * service's transaction. The update only applies to the version the change starts
 * from, so even without the row lock no concurrent write can be overwritten unseen.
 */
export async function writeChange<DB, Table extends VersionedTableName<DB>>(
  trx: Transaction<DB>,
  kind: RecordKind<DB, Table>,
  change: RecordChange<DB, Table>,
): Promise<RecordRow<DB, Table>> {
  const { current } = change;
  const columns: [string, unknown][] = Object.entries(change.set ?? {});
  const assignments = columns.filter(([, value]) => value !== undefined).map(([column, value]) => sql`${sql.ref(column)} = ${value}`);
  const { rows } = await sql<RecordRow<DB, Table>>`
    update ${sql.table(kind.table)}
    set ${sql.join([...assignments, sql`version = version + 1`, sql`updated_at = ${new Date()}`])}
    where id = ${current.id} and version = ${current.version}
    returning *`.execute(trx);
  const record = rows[0];
  if (!record) throw conflict(`${kind.recordType} ${current.id} changed while it was written; reload it and apply your change again`);
  await appendRecordedWrite(trx, kind, record, change);
  return record;
}
