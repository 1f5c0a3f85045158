import type { Generated, Selectable } from 'kysely';
import type { StoredFieldChange } from './stored-field-change.js';

export interface ChangeRecordTable {
  id: Generated<string>;
  record_type: string;
  record_id: string;
  /** The record's version after the change (or at it, for changes that leave the version alone). */
  record_version: number;
  /** Null for changes the system made (demo data), not an account. */
  actor_account_id: string | null;
  /** The mutation that made the change, e.g. `updatePartnership`. */
  action: string;
  occurred_at: Generated<Date>;
  changes: StoredFieldChange[];
}

/** The tables this package reads and writes, in the schema of the service using it. */
export interface ChangeHistoryTables {
  change_records: ChangeRecordTable;
}

export type ChangeRecordRow = Selectable<ChangeRecordTable>;
