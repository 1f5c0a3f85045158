export type { VersionedRecordKind, VersionedRow } from './versioned-record-kind.js';
export { recordEvent, type WriteRecording } from './recorded-write.js';
export { writeChange, type AppliedChange, type ChangeSpec } from './write-change.js';
export { writeCreation, type CreatedRecord, type CreationSpec } from './write-creation.js';
