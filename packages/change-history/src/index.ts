export { changeRecordsMigration, type ChangeRecordsVersion } from './change-records.migration.js';
export type { ChangeHistoryTables, ChangeRecordRow, ChangeRecordTable } from './change-record.table.js';
export type { StoredFieldChange } from './stored-field-change.js';
export { diffFields } from './diff-fields.js';
export { appendChangeRecord, type NewChangeRecord } from './append-change-record.js';
export { changeRecordsPage, countChangeRecords, type ChangeRecordKey, type ChangeRecordPageRow, type RecordRef } from './change-record.repository.js';
