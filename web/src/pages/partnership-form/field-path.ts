import type { GraphqlProblem } from '../../api/graphql-problems';

/**
 * Renumbers the items of one input list (`input.stakeholders[n]`, `input.contacts[n]`) from
 * the position in the request to the row in the form: rows left empty are not sent.
 */
export function toFormRows(problem: GraphqlProblem, list: string, formRowOfItem: readonly number[]): GraphqlProblem {
  const prefix = `input.${list}[`;
  if (!problem.field?.startsWith(prefix)) return problem;
  const field = problem.field.replace(/^input\.(\w+)\[(\d+)\]/, (whole, _list: string, sent: string) => {
    const row = formRowOfItem[Number(sent)];
    return row === undefined ? whole : `${prefix}${row}]`;
  });
  return { ...problem, field };
}
