import type { CombinedError } from 'urql';
import { i18n } from '../i18n/i18n';

/** One thing the API refused, in the terms the UI needs. */
export interface GraphqlProblem {
  message: string;
  code: string | undefined;
  /** The input field the API names, e.g. `input.endDate` or `input.countries[1]`. */
  field: string | undefined;
  /** For RATE_LIMITED: how long to wait before trying again. */
  retryAfterSeconds?: number;
}

/** Flattens urql's combined error into problems; a network failure becomes one problem without a field. */
export function graphqlProblems(error: CombinedError | undefined): GraphqlProblem[] {
  if (!error) return [];
  if (error.networkError) {
    return [{ message: i18n.t('problems.network'), code: 'NETWORK', field: undefined }];
  }
  return error.graphQLErrors.map((graphqlError) => {
    const extensions = graphqlError.extensions ?? {};
    const problem: GraphqlProblem = {
      message: readableMessage(graphqlError.message),
      code: typeof extensions.code === 'string' ? extensions.code : undefined,
      field: typeof extensions.field === 'string' ? extensions.field : undefined,
    };
    if (typeof extensions.retryAfterSeconds === 'number') problem.retryAfterSeconds = extensions.retryAfterSeconds;
    return problem;
  });
}

/** The sentence to show for a problem; a rate limit says in words how long to wait. */
export function problemText(problem: GraphqlProblem): string {
  const seconds = problem.retryAfterSeconds;
  if (problem.code !== 'RATE_LIMITED' || seconds === undefined) return problem.message;
  const what = problem.message.replace(/;\s*try again in \d+\s*s\.?$/i, '');
  return `${what}. ${i18n.t('problems.retryIn', { count: seconds })}`;
}

/**
 * Input the schema itself refuses comes with graphql-js's wording
 * (`Variable "$input" got invalid value "" at "input.x"; Value "" does not exist…`);
 * the field is named separately, so keep only the reason.
 */
function readableMessage(message: string): string {
  const reason = /^Variable "\$[^"]+" got invalid value .*?; (.+)$/s.exec(message)?.[1];
  return reason ?? message;
}
