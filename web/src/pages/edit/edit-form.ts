import type { PartnershipStatus, UpdatePartnershipInput } from '../../api/schema-types';
import type { EditablePartnership } from './edit-partnership-form-fragment';
import {
  emptyContact,
  objectiveLines,
  optionalText,
  toContactInputs,
  type ContactDraft,
  type PartnershipFormFields,
} from '../partnership-form/partnership-form-fields';

/** The fields the edit form changes; left out stays as it is, null clears, a list replaces the stored one. */
export type PartnershipChanges = Omit<UpdatePartnershipInput, 'id' | 'expectedVersion'>;

/** One contact person row; rows can be removed from the middle, so each has a stable React key. */
export interface ContactRow extends ContactDraft {
  key: number;
}

export interface PartnershipEditForm extends PartnershipFormFields {
  status: PartnershipStatus;
  /** Null when the viewer may not see the contact persons (a curator): they are then left alone. */
  contacts: ContactRow[] | null;
}

let nextKey = 0;

export function contactRow(contact: ContactDraft = emptyContact()): ContactRow {
  nextKey += 1;
  return { ...contact, key: nextKey };
}

/** The form as the record stands. */
export function editFormFrom(partnership: EditablePartnership): PartnershipEditForm {
  return {
    name: partnership.name,
    summary: partnership.summary,
    description: partnership.description,
    website: partnership.website ?? '',
    status: partnership.status,
    scope: partnership.scope,
    countries: [...partnership.countries],
    regions: [...partnership.regions],
    sectors: [...partnership.sectors],
    sdgTargets: [...partnership.sdgTargets],
    startDate: partnership.startDate ?? '',
    endDate: partnership.endDate ?? '',
    objectives: partnership.objectives.join('\n'),
    problemStatement: partnership.problemStatement ?? '',
    continuationPlan: partnership.continuationPlan ?? '',
    lastEvaluatedOn: partnership.lastEvaluatedOn ?? '',
    contacts:
      partnership.contacts?.map((contact) => contactRow({ name: contact.name, email: contact.email, phone: contact.phone ?? '', role: contact.role ?? '' })) ??
      null,
  };
}

export interface PreparedUpdate {
  /** Only what differs from the record the form was loaded from. */
  changes: PartnershipChanges;
  /** For each contact sent, the form row it came from (empty rows are not sent). */
  formRowOfContact: number[];
}

const same = (left: unknown, right: unknown) => JSON.stringify(left) === JSON.stringify(right);

/** The fields the user changed, compared with the form as it was loaded. */
export function toPartnershipUpdate(loaded: PartnershipEditForm, form: PartnershipEditForm): PreparedUpdate {
  const changes: PartnershipChanges = {};
  const text = (key: 'name' | 'summary' | 'description') => {
    if (form[key].trim() !== loaded[key].trim()) changes[key] = form[key].trim();
  };
  text('name');
  text('summary');
  text('description');
  // Emptied optional fields are cleared with null.
  for (const key of ['website', 'startDate', 'endDate', 'problemStatement', 'continuationPlan', 'lastEvaluatedOn'] as const) {
    if (form[key].trim() !== loaded[key].trim()) changes[key] = optionalText(form[key]) ?? null;
  }
  if (form.status !== loaded.status) changes.status = form.status;
  if (form.scope !== loaded.scope) changes.scope = form.scope;
  for (const key of ['countries', 'regions', 'sectors', 'sdgTargets'] as const) {
    if (!same(form[key], loaded[key])) changes[key] = form[key];
  }
  const objectives = objectiveLines(form.objectives);
  if (!same(objectives, objectiveLines(loaded.objectives))) changes.objectives = objectives;

  let formRowOfContact: number[] = [];
  if (form.contacts && loaded.contacts) {
    const prepared = toContactInputs(form.contacts);
    if (!same(prepared.contacts, toContactInputs(loaded.contacts).contacts)) {
      changes.contacts = prepared.contacts;
      formRowOfContact = prepared.formRowOfContact;
    }
  }
  return { changes, formRowOfContact };
}
