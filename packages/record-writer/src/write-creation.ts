import type { Actor } from '@msp-atlas/access';
import type { Kysely, Transaction } from 'kysely';
import { recordWrite, type WriteRecording } from './recorded-write.js';
import type { VersionedRecordKind, VersionedRow } from './versioned-record-kind.js';

/** What `create` did: the new record (version 1), the mutation's answer, and what to record. */
export interface CreatedRecord<Row, Value> extends WriteRecording<Row> {
  record: Row;
  value: Value;
}

export interface CreationSpec<DB, Row, Access, Value> {
  actor: Actor;
  action: string;
  /** Refuses (UNAUTHENTICATED, FORBIDDEN) or returns what it learned for `create`. */
  authorize: (trx: Transaction<DB>) => Promise<Access> | Access;
  /** Checks what needs the database and inserts the record and what belongs to it. */
  create: (trx: Transaction<DB>, access: Access) => Promise<CreatedRecord<Row, Value>>;
}

/** A new versioned record, in one transaction: check access, insert, append its events and its change record. */
export async function writeCreation<DB, Row extends VersionedRow, Access, Value>(
  db: Kysely<DB>,
  kind: VersionedRecordKind<Row>,
  spec: CreationSpec<DB, Row, Access, Value>,
): Promise<{ record: Row; value: Value }> {
  return db.transaction().execute(async (trx) => {
    const access = await spec.authorize(trx);
    const created = await spec.create(trx, access);
    await recordWrite(trx, kind, { actor: spec.actor, action: spec.action, record: created.record }, created);
    return { record: created.record, value: created.value };
  });
}
