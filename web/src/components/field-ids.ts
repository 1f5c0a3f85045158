import type { GraphqlProblem } from '../api/graphql-problems';

/** The ids a field's hint and error get, so the control can name them in aria-describedby. */
export function describedBy(id: string, hasHint: boolean, hasError: boolean): string | undefined {
  const ids = [hasHint ? `${id}-hint` : null, hasError ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

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
