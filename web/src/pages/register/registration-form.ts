import type { OrganizationType, Phase, StakeholderRole } from '../../api/schema-types';
import type { OrganizationSummary } from './organization-matches-fragment';
import { emptyContact, type ContactDraft, type PartnershipFormFields } from '../partnership-form/partnership-form-fields';

/** One stakeholder row of the form: a new organisation, or one already registered. */
export interface StakeholderDraft {
  /** Stable React key; rows can be removed from the middle. */
  key: number;
  existingOrganization: OrganizationSummary | null;
  organizationName: string;
  organizationType: OrganizationType | '';
  organizationCountry: string;
  roles: StakeholderRole[];
  commitment: string;
}

export interface RegistrationForm extends PartnershipFormFields {
  phase: Phase;
  stakeholders: StakeholderDraft[];
  /** One contact person, optional: left out when all four are empty. */
  contact: ContactDraft;
}

let nextKey = 1;

export function emptyStakeholder(): StakeholderDraft {
  nextKey += 1;
  return {
    key: nextKey,
    existingOrganization: null,
    organizationName: '',
    organizationType: '',
    organizationCountry: '',
    roles: [],
    commitment: '',
  };
}

export function emptyRegistrationForm(): RegistrationForm {
  return {
    name: '',
    summary: '',
    description: '',
    website: '',
    scope: 'NATIONAL',
    phase: 'INITIATION',
    countries: [],
    regions: [],
    sectors: [],
    sdgTargets: [],
    startDate: '',
    endDate: '',
    objectives: '',
    problemStatement: '',
    continuationPlan: '',
    lastEvaluatedOn: '',
    stakeholders: [emptyStakeholder()],
    contact: emptyContact(),
  };
}

/** A row nobody has touched; it is left out of the registration. */
export function isBlankStakeholder(draft: StakeholderDraft): boolean {
  return (
    !draft.existingOrganization &&
    draft.organizationName.trim() === '' &&
    draft.organizationType === '' &&
    draft.organizationCountry === '' &&
    draft.roles.length === 0 &&
    draft.commitment.trim() === ''
  );
}
