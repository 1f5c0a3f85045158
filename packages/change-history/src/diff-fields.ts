import { isDeepStrictEqual } from 'node:util';
import type { StoredFieldChange } from './stored-field-change.js';

/**
 * The fields that differ between two states of a record, compared deeply (lists
 * and objects by content), in the order `fields` names them; unchanged ones are left
 * out. With `before` null the record is new: every field that has a value counts,
 * changed from null, and empty ones (null, '', [], objects of empty values) are left out.
 */
export function diffFields<State extends Record<string, unknown>>(
  before: State | null,
  after: State,
  fields: readonly (keyof State & string)[],
): StoredFieldChange[] {
  const changes: StoredFieldChange[] = [];
  for (const field of fields) {
    const oldValue = before === null ? null : (before[field] ?? null);
    const newValue = after[field] ?? null;
    if (before === null && isEmpty(newValue)) continue;
    if (!isDeepStrictEqual(oldValue, newValue)) changes.push({ field, old: oldValue, new: newValue });
  }
  return changes;
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.values(value as object).every(isEmpty);
}
