import type { GraphqlProblem } from '../../api/graphql-problems';

/** What every part of a partnership form gets: the whole form, the API's problems, and a way to change it. */
export interface FormSectionProps<Form> {
  form: Form;
  problems: readonly GraphqlProblem[];
  onChange: (update: (form: Form) => Form) => void;
}
