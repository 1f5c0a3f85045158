import { conflict } from '@msp-atlas/domain-errors';
import type { VersionedRow } from './record-kind.js';

/**
 * CONFLICT (with `expectedVersion`, `actualVersion`) when the client's change is based
 * on another version than the one stored; null or left out: whatever is stored. Call it
 * on the locked row after the access check, so a caller without rights learns nothing
 * of the record, and before anything is written.
 */
export function requireVersion(kind: { recordType: string }, current: VersionedRow, expectedVersion: number | null | undefined): void {
  if (expectedVersion === null || expectedVersion === undefined || current.version === expectedVersion) return;
  throw conflict(`${kind.recordType} ${current.id} changed since version ${expectedVersion}; reload it and apply your change again`, {
    expectedVersion,
    actualVersion: current.version,
  });
}
