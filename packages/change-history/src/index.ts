import 'reflect-metadata';

export { changeRecordsMigration, type ChangeRecordsVersion } from './change-records.migration.js';
export type { ChangeHistoryTables, ChangeRecordRow, ChangeRecordTable } from './change-record.table.js';
export type { StoredFieldChange } from './stored-field-change.js';
export { diffFields } from './diff-fields.js';
export { appendChangeRecord, type NewChangeRecord } from './append-change-record.js';
export { changeRecordsPage, countChangeRecords, type ChangeRecordKey, type RecordRef } from './change-record.repository.js';
export { redactChanges } from './redact-changes.js';
export { changeHistoryConnection, toChangeRecord } from './change-history-connection.js';
export { AccountReference, accountReference } from './account.reference.js';
export { FieldChange } from './field-change.type.js';
export { ChangeRecord } from './change-record.type.js';
export { ChangeRecordConnection } from './change-record.connection.js';
