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
  problemStatement: 'Households along the river lack safe water.',
  continuationPlan: null,
  lastEvaluatedOn: '2025-11-30',
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

  it('prefills the strategy and continuity fields, empty where nothing is recorded', () => {
    const loaded = editFormFrom(record);
    expect(loaded).toMatchObject({ problemStatement: 'Households along the river lack safe water.', continuationPlan: '', lastEvaluatedOn: '2025-11-30' });
  });

  it('sends a new continuation plan trimmed, a cleared problem statement and evaluation date as null, and leaves untouched ones out', () => {
    const loaded = editFormFrom(record);
    const planned = { ...loaded, continuationPlan: '  The county water office takes over in 2028.\n' };
    expect(toPartnershipUpdate(loaded, planned).changes).toEqual({ continuationPlan: 'The county water office takes over in 2028.' });
    const cleared = { ...loaded, problemStatement: '  ', lastEvaluatedOn: '' };
    expect(toPartnershipUpdate(loaded, cleared).changes).toEqual({ problemStatement: null, lastEvaluatedOn: null });
    const redated = { ...loaded, lastEvaluatedOn: '2026-06-15', problemStatement: ' Households along the river lack safe water. ' };
    expect(toPartnershipUpdate(loaded, redated).changes).toEqual({ lastEvaluatedOn: '2026-06-15' });
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
