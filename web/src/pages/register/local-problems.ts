import type { GraphqlProblem } from '../../api/graphql-problems';
import { i18n } from '../../i18n/i18n';
import type { RegistrationForm } from './registration-form';
import { isBlankStakeholder } from './registration-form';

/**
 * The few gaps the schema itself would refuse before the API could explain them
 * (a new organisation without a type). Everything else the API checks and names.
 */
export function localProblems(form: RegistrationForm): GraphqlProblem[] {
  const problems: GraphqlProblem[] = [];
  form.stakeholders.forEach((draft, row) => {
    if (isBlankStakeholder(draft) || draft.existingOrganization || draft.organizationType !== '') return;
    problems.push({
      message: i18n.t('form.chooseOrganizationType'),
      code: 'BAD_USER_INPUT',
      field: `input.stakeholders[${row}].organization.type`,
    });
  });
  return problems;
}
