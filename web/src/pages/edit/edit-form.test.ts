import { describe, expect, it } from 'vitest';
import { contactRow, editFormFrom, toPartnershipUpdate } from './edit-form';
import type { EditablePartnership } from './edit-partnership-form-fragment';

const record: EditablePartnership = {
  id: '00000000-0000-4000-8000-000000000001',
  slug: 'kenya-water-compact',
  version: 3,
  name: 'Kenya Water Compact',
  summary: 'Safe water',
  description: '',
  website: 'https://water.example.org/',
  status: 'ACTIVE',
  scope: 'NATIONAL',
  countries: ['KEN'],
  regions: [],
  sectors: ['140'],
  sdgTargets: ['6.1'],
  startDate: '2023-03-01',
  endDate: null,
  objectives: ['Safe water', 'Sanitation'],
  contacts: [{ name: 'Amina Njoroge', email: 'amina@example.org', phone: null, role: 'Coordinator' }],
};

describe('toPartnershipUpdate', () => {
  it('sends nothing for an untouched form, whitespace included', () => {
    const loaded = editFormFrom(record);
    const form = { ...loaded, name: ' Kenya Water Compact ', objectives: 'Safe water\n\n Sanitation ' };
    expect(toPartnershipUpdate(loaded, form)).toEqual({ changes: {}, formRowOfContact: [] });
  });

  it('sends only the changed fields, and null for an emptied optional one', () => {
    const loaded = editFormFrom(record);
    const form = { ...loaded, name: 'Kenya Water Compact 2030', website: ' ', endDate: '2030-12-31', countries: ['KEN', 'UGA'], status: 'INACTIVE' as const };
    expect(toPartnershipUpdate(loaded, form).changes).toEqual({
      name: 'Kenya Water Compact 2030',
      website: null,
      endDate: '2030-12-31',
      countries: ['KEN', 'UGA'],
      status: 'INACTIVE',
    });
  });

  it('replaces the whole contact list when one contact changed, without the empty rows', () => {
    const loaded = editFormFrom(record);
    const [amina] = loaded.contacts!;
    const form = { ...loaded, contacts: [contactRow(), { ...amina!, email: 'amina@water.example.org' }] };
    expect(toPartnershipUpdate(loaded, form)).toEqual({
      changes: { contacts: [{ name: 'Amina Njoroge', email: 'amina@water.example.org', phone: undefined, role: 'Coordinator' }] },
      formRowOfContact: [1],
    });
  });

  it('never sends contacts the viewer cannot see', () => {
    const loaded = editFormFrom({ ...record, contacts: null });
    expect(loaded.contacts).toBeNull();
    expect(toPartnershipUpdate(loaded, { ...loaded, summary: 'Changed' }).changes).toEqual({ summary: 'Changed' });
  });
});
