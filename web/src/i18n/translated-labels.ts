import { i18n } from './i18n';

/**
 * A label table whose entries are looked up in the current language each time they are
 * read (`PHASE_LABELS[phase]`, `Object.entries(...)`), in the order of `codes`.
 */
export function translatedLabels<Code extends string>(keyPrefix: string, codes: readonly Code[]): Readonly<Record<Code, string>> {
  const labels = {} as Record<Code, string>;
  for (const code of codes) {
    Object.defineProperty(labels, code, { enumerable: true, get: () => i18n.t(`${keyPrefix}.${code}`) });
  }
  return Object.freeze(labels);
}
