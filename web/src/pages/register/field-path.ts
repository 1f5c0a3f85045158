import type { GraphqlProblem } from '../../api/graphql-problems';

/** Renumbers `input.stakeholders[n]` from the position in the request to the row in the form. */
export function toFormRows(problem: GraphqlProblem, formRowOfStakeholder: readonly number[]): GraphqlProblem {
  const field = problem.field?.replace(/^input\.stakeholders\[(\d+)\]/, (whole, sent: string) => {
    const row = formRowOfStakeholder[Number(sent)];
    return row === undefined ? whole : `input.stakeholders[${row}]`;
  });
  return { ...problem, field };
}
