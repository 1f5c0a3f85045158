/**
 * The languages a lesson may be written in, each with the PostgreSQL text search
 * configuration that stems it. The four the library is built for come first.
 */
export const LESSON_LANGUAGES = {
  en: 'english',
  fr: 'french',
  es: 'spanish',
  de: 'german',
  pt: 'portuguese',
  it: 'italian',
  nl: 'dutch',
  sw: 'simple',
} as const;
export type LessonLanguage = keyof typeof LESSON_LANGUAGES;
export type SearchConfig = (typeof LESSON_LANGUAGES)[LessonLanguage];

/** Every configuration a query is parsed into, so each lesson is matched in its own. */
export const SEARCH_CONFIGS: readonly SearchConfig[] = [...new Set(Object.values(LESSON_LANGUAGES))];

/** Where tag names are written: each of the four languages of the library. */
export const TAG_LABEL_LANGUAGES = ['en', 'fr', 'es', 'de'] as const;
export type TagLabelLanguage = (typeof TAG_LABEL_LANGUAGES)[number];

export function isLessonLanguage(code: string): code is LessonLanguage {
  return Object.hasOwn(LESSON_LANGUAGES, code);
}

export function searchConfigOf(language: string): SearchConfig {
  return isLessonLanguage(language) ? LESSON_LANGUAGES[language] : 'simple';
}
