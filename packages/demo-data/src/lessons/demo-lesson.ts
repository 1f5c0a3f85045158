import type { Phase, SuccessFactor } from '@msp-atlas/msp-vocabulary';

export type LessonKind = 'SUCCESS' | 'FAILURE' | 'PRACTICE' | 'TOOL';
export type LessonLanguage = 'en' | 'fr' | 'es' | 'de';

export const lessonKinds: readonly LessonKind[] = ['SUCCESS', 'FAILURE', 'PRACTICE', 'TOOL'];
export const lessonLanguages: readonly LessonLanguage[] = ['en', 'fr', 'es', 'de'];

/** A fictional lesson learned, for the learning library's demo data set. */
export interface DemoLesson {
  /** Stable and unique, e.g. 'lesson-001'. */
  key: string;
  title: string;
  /** Markdown: paragraphs, a list, sometimes a heading or a bold phrase; 120–400 words. */
  body: string;
  kind: LessonKind;
  language: LessonLanguage;
  /** One or two. */
  phases: Phase[];
  /** One to three. */
  successFactors: SuccessFactor[];
  /** Goal codes, e.g. '6'. */
  sdgGoals: string[];
  /** Target codes of those goals, e.g. '6.1'. */
  sdgTargets: string[];
  /** ISO 3166-1 alpha-3 codes of demo countries; none for a global lesson. */
  countries: string[];
  /** OECD DAC 3-digit sector codes. */
  sectors: string[];
  /** A fictional practitioner. */
  authorName: string;
}
