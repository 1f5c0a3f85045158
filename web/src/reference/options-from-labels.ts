import type { CodeOption } from './code-option';

/**
 * Select options from a label table such as PHASE_LABELS, in the table's order. Each
 * label is read from the table when shown, so it follows the current language.
 */
export function optionsFromLabels(labels: Readonly<Record<string, string>>): CodeOption[] {
  return Object.keys(labels).map((code) => ({
    code,
    get label() {
      return labels[code] ?? code;
    },
  }));
}
