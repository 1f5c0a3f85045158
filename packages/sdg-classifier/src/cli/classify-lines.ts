import type { SdgClassifier, SdgTextLanguage } from '../sdg-classifier.js';

const LANGUAGES = new Set(['en', 'fr', 'es', 'de']);

/**
 * One output line for one input line {"id", "text", "lang"?}: the classification, or the
 * id with an "error" when the line is not such an object. Never throws.
 */
export function classifyLine(classifier: SdgClassifier, line: string): string {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return JSON.stringify({ id: null, error: 'the line is not JSON' });
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return JSON.stringify({ id: null, error: 'the line is not a JSON object' });
  const { id = null, text, lang } = input as { id?: unknown; text?: unknown; lang?: unknown };
  const shownId = typeof id === 'string' || typeof id === 'number' ? id : null;
  if (typeof text !== 'string') return JSON.stringify({ id: shownId, error: 'text must be a string' });
  try {
    const language = typeof lang === 'string' && LANGUAGES.has(lang) ? (lang as SdgTextLanguage) : undefined;
    const { goals, targets, scores } = classifier.classify(text, { lang: language });
    return JSON.stringify({ id: shownId, goals, targets, scores });
  } catch (error) {
    return JSON.stringify({ id: shownId, error: `could not classify: ${(error as Error).message}` });
  }
}
