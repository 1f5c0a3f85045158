import { translatedLabels } from '../i18n/translated-labels';
import type { LessonStatus } from '../api/schema-types';

export const LESSON_STATUS_CODES: readonly LessonStatus[] = ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN'];

export const LESSON_STATUS_LABELS = translatedLabels('lessons.status', LESSON_STATUS_CODES);
