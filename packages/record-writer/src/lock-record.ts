import { notFound } from '@msp-atlas/domain-errors';
import { sql, type Transaction } from 'kysely';
import type { RecordKind, RecordRow, VersionedTableName } from './record-kind.js';

// Ids are UUIDs: anything else names no record and must not reach SQL as one.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The record's row, locked (`select … for update`) until the transaction ends, so
 * writers of one record queue up and what the service checks on it stays true until
 * it writes. NOT_FOUND when there is none.
 */
export async function lockRecord<DB, Table extends VersionedTableName<DB>>(
  trx: Transaction<DB>,
  kind: RecordKind<DB, Table>,
  id: string,
): Promise<RecordRow<DB, Table>> {
  if (!UUID.test(id)) throw notFound(kind.recordType, id);
  const { rows } = await sql<RecordRow<DB, Table>>`select * from ${sql.table(kind.table)} where id = ${id} for update`.execute(trx);
  const row = rows[0];
  if (!row) throw notFound(kind.recordType, id);
  return row;
}
