import type { CodeOption } from './code-option';

/** Select options from a label table such as PHASE_LABELS, in the table's order. */
export function optionsFromLabels(labels: Readonly<Record<string, string>>): CodeOption[] {
  return Object.entries(labels).map(([code, label]) => ({ code, label }));
}
