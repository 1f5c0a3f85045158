import { describe, expect, it } from 'vitest';
import { diffFields } from '../src/index.js';

describe('diffFields', () => {
  it('lists changed fields with old and new values, comparing lists and objects by content', () => {
    const before = { name: 'Water', countries: ['KEN'], governance: { staff: 2, channels: ['mail'] }, summary: 'same' };
    const after = { name: 'Clean water', countries: ['KEN'], governance: { channels: ['mail'], staff: 3 }, summary: 'same' };
    expect(diffFields(before, after, ['name', 'countries', 'governance', 'summary'])).toEqual([
      { field: 'name', old: 'Water', new: 'Clean water' },
      { field: 'governance', old: { staff: 2, channels: ['mail'] }, new: { channels: ['mail'], staff: 3 } },
    ]);
  });

  it('sees a changed list order and a value set to null as changes', () => {
    expect(
      diffFields({ countries: ['KEN', 'TZA'], website: 'https://a.example.org' }, { countries: ['TZA', 'KEN'], website: null }, ['countries', 'website']),
    ).toEqual([
      { field: 'countries', old: ['KEN', 'TZA'], new: ['TZA', 'KEN'] },
      { field: 'website', old: 'https://a.example.org', new: null },
    ]);
  });

  it('records a new record as changed from null, leaving out empty fields', () => {
    const created = { name: 'Water', summary: '', countries: [], governance: { staff: null, channels: [] }, phase: 'DESIGN' };
    expect(diffFields(null, created, ['name', 'summary', 'countries', 'governance', 'phase'])).toEqual([
      { field: 'name', old: null, new: 'Water' },
      { field: 'phase', old: null, new: 'DESIGN' },
    ]);
  });

  it('compares only the fields named', () => {
    expect(diffFields({ a: 1, b: 1 }, { a: 1, b: 2 }, ['a'])).toEqual([]);
  });
});
