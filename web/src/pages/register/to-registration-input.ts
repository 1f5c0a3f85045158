import type {
  ContactPersonRegistration,
  PartnershipRegistration,
  StakeholderRegistration,
} from '../../api/register-partnership-mutation';
import type { OrganizationType } from '../../api/partnership-types';
import { isBlankStakeholder, type ContactDraft, type RegistrationForm, type StakeholderDraft } from './registration-form';

export interface PreparedRegistration {
  input: PartnershipRegistration;
  /** For each stakeholder sent, the form row it came from (blank rows are not sent). */
  formRowOfStakeholder: number[];
}

function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

function toStakeholder(draft: StakeholderDraft): StakeholderRegistration {
  const roles = draft.roles;
  const commitment = optional(draft.commitment);
  if (draft.existingOrganization) return { organizationId: draft.existingOrganization.id, roles, commitment };
  return {
    organization: {
      name: draft.organizationName.trim(),
      // An unchosen type is sent as it is, so the API names the field that needs it.
      type: draft.organizationType as OrganizationType,
      country: optional(draft.organizationCountry),
    },
    roles,
    commitment,
  };
}

function toContacts(contact: ContactDraft): ContactPersonRegistration[] {
  const [name, email, phone, role] = [contact.name, contact.email, contact.phone, contact.role].map(optional);
  if (!name && !email && !phone && !role) return [];
  // Name and e-mail are sent even when empty, so the API names the one that is missing.
  return [{ name: name ?? '', email: email ?? '', phone, role }];
}

/** The registerPartnership input for what the form holds. */
export function toRegistrationInput(form: RegistrationForm): PreparedRegistration {
  const formRowOfStakeholder: number[] = [];
  const stakeholders: StakeholderRegistration[] = [];
  form.stakeholders.forEach((draft, row) => {
    if (isBlankStakeholder(draft)) return;
    formRowOfStakeholder.push(row);
    stakeholders.push(toStakeholder(draft));
  });
  return {
    input: {
      name: form.name.trim(),
      summary: optional(form.summary),
      description: optional(form.description),
      website: optional(form.website),
      scope: form.scope,
      phase: form.phase,
      countries: form.countries,
      regions: form.regions,
      sectors: form.sectors,
      sdgTargets: form.sdgTargets,
      startDate: optional(form.startDate),
      endDate: optional(form.endDate),
      objectives: form.objectives
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
      stakeholders,
      contacts: toContacts(form.contact),
    },
    formRowOfStakeholder,
  };
}
