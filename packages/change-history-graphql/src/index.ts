import 'reflect-metadata';

export { changeHistoryConnection, toChangeRecord } from './change-history-connection.js';
export { redactChanges } from './redact-changes.js';
export { AccountReference, accountReference } from './account.reference.js';
export { FieldChange } from './field-change.type.js';
export { ChangeRecord } from './change-record.type.js';
export { ChangeRecordConnection } from './change-record.connection.js';
