import type { GraphqlProblem } from '../../api/graphql-problems';

/** The DOM id of the control for an API input path: `input.stakeholders[0].roles` → `field-input-stakeholders-0-roles`. */
export function fieldIdFor(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}

/**
 * Messages for one control: problems naming its path exactly, or an item of it
 * (`input.countries[1]` belongs to the countries picker).
 */
export function messagesAt(problems: readonly GraphqlProblem[], ...paths: string[]): string[] {
  return problems
    .filter(({ field }) => field !== undefined && paths.some((path) => field === path || field.startsWith(`${path}[`)))
    .map((problem) => problem.message);
}

/** Renumbers `input.stakeholders[n]` from the position in the request to the row in the form. */
export function toFormRows(problem: GraphqlProblem, formRowOfStakeholder: readonly number[]): GraphqlProblem {
  const field = problem.field?.replace(/^input\.stakeholders\[(\d+)\]/, (whole, sent: string) => {
    const row = formRowOfStakeholder[Number(sent)];
    return row === undefined ? whole : `input.stakeholders[${row}]`;
  });
  return { ...problem, field };
}
