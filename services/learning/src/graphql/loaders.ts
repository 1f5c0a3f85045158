import { byIdLoader } from '@msp-atlas/federation';
import type { Db } from '../database.js';
import { findPublishedLessonsByIds } from '../lesson/lesson.repository.js';
import type { LessonRow } from '../lesson/lesson.table.js';

/**
 * Per-request batch loaders: however many lesson references the gateway resolves in
 * one request, they cost one SQL statement.
 */
export function createLoaders(db: Db) {
  return {
    publishedLesson: byIdLoader<LessonRow>((ids) => findPublishedLessonsByIds(db, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
