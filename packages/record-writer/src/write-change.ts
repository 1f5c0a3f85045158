import type { Actor } from '@msp-atlas/access';
import { conflict, isUuid, notFound } from '@msp-atlas/federation';
import type { Kysely, Transaction } from 'kysely';
import { recordWrite, type WriteRecording } from './recorded-write.js';
import type { VersionedRecordKind, VersionedRow } from './versioned-record-kind.js';

/** What `apply` did: columns of the record's own row to set, the mutation's answer, and what to record. */
export interface AppliedChange<Row, Value> extends WriteRecording<Row> {
  /** Written with the version bump, in one statement. */
  set?: Record<string, unknown>;
  value: Value;
}

export interface ChangeSpec<DB, Row, Access, Value> {
  /** The record's id, or how to find it (from a child's id, say) before it is locked; NOT_FOUND is for that function to throw. */
  id: string | ((trx: Transaction<DB>) => Promise<string>);
  actor: Actor;
  /** The mutation's name in the change history, e.g. `updatePartnership`. */
  action: string;
  /** The version the caller's change is based on; null or left out: whatever is stored. */
  expectedVersion?: number | null;
  /** Refuses (UNAUTHENTICATED, FORBIDDEN) or returns what it learned for `apply`; runs on the locked row. */
  authorize: (trx: Transaction<DB>, current: Row) => Promise<Access> | Access;
  /** Checks what needs the database and writes what the change writes besides the record's row. */
  apply: (trx: Transaction<DB>, current: Row, access: Access) => Promise<AppliedChange<Row, Value>> | AppliedChange<Row, Value>;
}

/**
 * Every change to an existing versioned record, in one transaction: lock the row
 * (writers of one record queue up), check access, check the expected version, apply
 * the change, bump the version, append the events and the change record. Rights come
 * before the version, so a caller without them learns nothing about the record; a
 * stale version is CONFLICT with nothing written.
 */
export async function writeChange<DB, Row extends VersionedRow, Access, Value>(
  db: Kysely<DB>,
  kind: VersionedRecordKind<Row>,
  spec: ChangeSpec<DB, Row, Access, Value>,
): Promise<{ record: Row; value: Value }> {
  return db.transaction().execute(async (trx) => {
    const id = typeof spec.id === 'string' ? spec.id : await spec.id(trx);
    const current = await lockRow<Row>(trx, kind, id);
    const access = await spec.authorize(trx, current);
    const { expectedVersion } = spec;
    if (expectedVersion !== null && expectedVersion !== undefined && current.version !== expectedVersion) {
      throw conflict(`${kind.recordType} ${id} changed since version ${expectedVersion}; reload it and apply your change again`, {
        expectedVersion,
        actualVersion: current.version,
      });
    }
    const applied = await spec.apply(trx, current, access);
    const record = await bumpVersion<Row>(trx, kind, id, applied.set ?? {});
    await recordWrite(trx, kind, { actor: spec.actor, action: spec.action, record }, applied);
    return { record, value: applied.value };
  });
}

async function lockRow<Row>(trx: Transaction<any>, kind: VersionedRecordKind, id: string): Promise<Row> {
  const row = isUuid(id)
    ? await trx.selectFrom(kind.table).selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
    : undefined;
  if (!row) throw notFound(kind.recordType, id);
  return row as Row;
}

async function bumpVersion<Row>(trx: Transaction<any>, kind: VersionedRecordKind, id: string, set: Record<string, unknown>): Promise<Row> {
  const row = await trx
    .updateTable(kind.table)
    .set((eb) => ({ ...set, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return row as Row;
}
