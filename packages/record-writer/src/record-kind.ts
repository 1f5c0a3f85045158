import type { Selectable } from 'kysely';

/** What every versioned record's row has; its table also has `updated_at`. */
export interface VersionedRow {
  id: string;
  version: number;
}

/** The tables of a database whose rows are versioned records. */
export type VersionedTableName<DB> = {
  [Table in keyof DB & string]: Selectable<DB[Table]> extends VersionedRow ? Table : never;
}[keyof DB & string];

/** A row of a versioned record's table, as it is read back. */
export type RecordRow<DB, Table extends keyof DB> = Selectable<DB[Table]> & VersionedRow;

/**
 * A kind of record written through this package: a table of the service's database
 * (`DB`, its Kysely type), in the service's own schema, with `id` (uuid), `version`
 * (integer, 1 on insert) and `updated_at`.
 */
export interface RecordKind<DB, Table extends VersionedTableName<DB>> {
  /** The record's type in its change history and the aggregate type of its events, e.g. `Partnership`. */
  recordType: string;
  table: Table;
  /** The service writing it: the event log's `source`. */
  eventSource: string;
}
