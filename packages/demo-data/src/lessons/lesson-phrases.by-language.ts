import type { LessonLanguage } from './demo-lesson.js';
import type { LanguagePhrases } from './lesson-phrases.js';
import { germanPhrases } from './lesson-phrases.de.js';
import { englishPhrases } from './lesson-phrases.en.js';
import { spanishPhrases } from './lesson-phrases.es.js';
import { frenchPhrases } from './lesson-phrases.fr.js';

export const lessonPhrases: Readonly<Record<LessonLanguage, LanguagePhrases>> = {
  en: englishPhrases,
  fr: frenchPhrases,
  es: spanishPhrases,
  de: germanPhrases,
};
