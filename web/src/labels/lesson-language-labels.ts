import { translatedLabels } from '../i18n/translated-labels';

/** The languages a lesson may be written in (the learning service's list). */
export const LESSON_LANGUAGE_CODES = ['en', 'fr', 'es', 'de', 'pt', 'it', 'nl', 'sw'] as const;
export type LessonLanguage = (typeof LESSON_LANGUAGE_CODES)[number];

export const LESSON_LANGUAGE_LABELS = translatedLabels('lessons.language', LESSON_LANGUAGE_CODES);
