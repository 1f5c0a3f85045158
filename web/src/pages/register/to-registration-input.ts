import type { OrganizationType, RegisterPartnershipInput, StakeholderInput } from '../../api/schema-types';
import { objectiveLines, optionalText as optional, toContactInputs } from '../partnership-form/partnership-form-fields';
import { isBlankStakeholder, type RegistrationForm, type StakeholderDraft } from './registration-form';

export interface PreparedRegistration {
  input: RegisterPartnershipInput;
  /** For each stakeholder sent, the form row it came from (blank rows are not sent). */
  formRowOfStakeholder: number[];
}

function toStakeholder(draft: StakeholderDraft): StakeholderInput {
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

/** The registerPartnership input for what the form holds. */
export function toRegistrationInput(form: RegistrationForm): PreparedRegistration {
  const formRowOfStakeholder: number[] = [];
  const stakeholders: StakeholderInput[] = [];
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
      objectives: objectiveLines(form.objectives),
      problemStatement: optional(form.problemStatement),
      continuationPlan: optional(form.continuationPlan),
      lastEvaluatedOn: optional(form.lastEvaluatedOn),
      stakeholders,
      // One contact row, so the positions sent are the form's.
      contacts: toContactInputs([form.contact]).contacts,
    },
    formRowOfStakeholder,
  };
}
