import 'reflect-metadata';

export { changeHistoryConnection, toChangeRecord } from './change-history-connection.js';
export { redactChanges } from './redact-changes.js';
export { Account, accountStub } from './account.stub.js';
export { accountReference } from './account.reference.js';
export { FieldChange } from './field-change.type.js';
export { ChangeRecord } from './change-record.type.js';
export { ChangeRecordConnection } from './change-record.connection.js';
