import { translatedLabels } from '../i18n/translated-labels';
import type { LessonKind } from '../api/schema-types';

export const LESSON_KIND_CODES: readonly LessonKind[] = ['SUCCESS', 'FAILURE', 'PRACTICE', 'TOOL'];

export const LESSON_KIND_LABELS = translatedLabels('lessons.kind', LESSON_KIND_CODES);
