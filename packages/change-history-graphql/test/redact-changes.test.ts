import { describe, expect, it } from 'vitest';
import { redactChanges } from '../src/index.js';

describe('redactChanges', () => {
  it('blanks the values of the fields named, keeping that they changed', () => {
    const changes = [
      { field: 'name', old: 'A', new: 'B' },
      { field: 'contacts', old: [{ email: 'a@example.org' }], new: [] },
    ];
    expect(redactChanges(changes, (field) => field === 'contacts').map((change) => ({ ...change }))).toEqual([
      { field: 'name', oldValue: 'A', newValue: 'B', redacted: false },
      { field: 'contacts', oldValue: null, newValue: null, redacted: true },
    ]);
  });
});
