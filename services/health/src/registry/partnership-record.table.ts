import type { ColumnType } from 'kysely';
import type { RegistryRecord } from './registry-record.js';

/** The registry's partnership as its latest event described it. */
export interface PartnershipRecordTable {
  partnership_id: string;
  /** The record's version in the registry. */
  version: number;
  registered_at: Date;
  phase: string;
  countries: string[];
  sectors: string[];
  is_demo: boolean;
  /** Null until an event carried the record's details (events written before issue 16 did not). */
  record: ColumnType<RegistryRecord | null, string | null, string | null>;
}
