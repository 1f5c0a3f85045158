import type { CodeOption } from '../reference/code-option';

/** The option a person typed: its exact name or its code, ignoring case and surrounding spaces. */
export function findOption(options: readonly CodeOption[], typed: string): CodeOption | undefined {
  const wanted = typed.trim().toLowerCase();
  if (!wanted) return undefined;
  return options.find((option) => option.label.toLowerCase() === wanted) ?? options.find((option) => option.code.toLowerCase() === wanted);
}
