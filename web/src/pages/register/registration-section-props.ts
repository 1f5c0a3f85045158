import type { GraphqlProblem } from '../../api/graphql-problems';
import type { RegistrationForm } from './registration-form';

/** What every part of the registration form gets: the whole form, the API's problems, and a way to change it. */
export interface RegistrationSectionProps {
  form: RegistrationForm;
  problems: readonly GraphqlProblem[];
  onChange: (update: (form: RegistrationForm) => RegistrationForm) => void;
}
