/**
 * A kind of record written through this package. Its table, in the service's own
 * schema, has `id` (uuid), `version` (integer, 1 on insert) and `updated_at`.
 */
export interface VersionedRecordKind<Row extends VersionedRow = VersionedRow> {
  /** The record's type in its change history and the aggregate type of its events, e.g. `Partnership`. */
  recordType: string;
  table: string;
  /** The service writing it: the event log's `source`. */
  eventSource: string;
  /** Never set: carries the row's type, so the writers know it from the kind. */
  readonly rowType?: Row;
}

export interface VersionedRow {
  id: string;
  version: number;
}
