import type { ContactPersonInput, Scope } from '../../api/schema-types';

/** The fields the registration and the edit form share, as the form holds them (text as typed). */
export interface PartnershipFormFields {
  name: string;
  summary: string;
  description: string;
  website: string;
  scope: Scope;
  countries: string[];
  regions: string[];
  sectors: string[];
  sdgTargets: string[];
  startDate: string;
  endDate: string;
  /** One objective per line. */
  objectives: string;
  /** The problem the partners agree to tackle, in their shared words. */
  problemStatement: string;
  /** How the work goes on, scales or is handed over once the partnership ends. */
  continuationPlan: string;
  /** When the partnership last evaluated its work (a date as the date field holds it). */
  lastEvaluatedOn: string;
}

/** One contact person as typed. */
export interface ContactDraft {
  name: string;
  email: string;
  phone: string;
  role: string;
}

export function emptyContact(): ContactDraft {
  return { name: '', email: '', phone: '', role: '' };
}

/** Trimmed text, or undefined when nothing is left. */
export function optionalText(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The objectives field, one per non-empty line. */
export function objectiveLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export interface PreparedContacts {
  contacts: ContactPersonInput[];
  /** For each contact sent, the form row it came from (rows left empty are not sent). */
  formRowOfContact: number[];
}

/** The contact persons to send: rows left completely empty are dropped. */
export function toContactInputs(drafts: readonly ContactDraft[]): PreparedContacts {
  const prepared: PreparedContacts = { contacts: [], formRowOfContact: [] };
  drafts.forEach((draft, row) => {
    const [name, email, phone, role] = [draft.name, draft.email, draft.phone, draft.role].map(optionalText);
    if (!name && !email && !phone && !role) return;
    // Name and e-mail are sent even when empty, so the API names the one that is missing.
    prepared.contacts.push({ name: name ?? '', email: email ?? '', phone, role });
    prepared.formRowOfContact.push(row);
  });
  return prepared;
}
