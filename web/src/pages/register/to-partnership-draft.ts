import type { VariablesOf } from '../../graphql/graphql';
import type { CHECK_OVERLAPS_QUERY } from '../../api/check-overlaps-query';
import { objectiveLines, optionalText } from '../partnership-form/partnership-form-fields';
import { isBlankStakeholder, type RegistrationForm } from './registration-form';

export type PartnershipDraft = VariablesOf<typeof CHECK_OVERLAPS_QUERY>['draft'];

/** What the registration form holds, as the context service's PartnershipDraftInput. */
export function toPartnershipDraft(form: RegistrationForm): PartnershipDraft {
  return {
    name: optionalText(form.name),
    summary: optionalText(form.summary),
    description: optionalText(form.description),
    objectives: objectiveLines(form.objectives),
    scope: form.scope,
    countries: form.countries,
    regions: form.regions,
    sectors: form.sectors,
    sdgTargets: form.sdgTargets,
    startDate: optionalText(form.startDate),
    stakeholders: form.stakeholders
      .filter((stakeholder) => !isBlankStakeholder(stakeholder))
      .map((stakeholder) =>
        stakeholder.existingOrganization
          ? { organizationId: stakeholder.existingOrganization.id, roles: stakeholder.roles }
          : { organizationName: optionalText(stakeholder.organizationName), roles: stakeholder.roles },
      ),
  };
}
