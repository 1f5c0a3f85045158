export type { RecordKind, RecordRow, VersionedRow, VersionedTableName } from './record-kind.js';
export { recordEvent, type RecordEvent } from './record-event.js';
export type { RecordedWrite } from './recorded-write.js';
export { lockRecord } from './lock-record.js';
export { requireVersion } from './require-version.js';
export { writeChange, type RecordChange } from './write-change.js';
export { recordCreation, type RecordCreation } from './record-creation.js';
