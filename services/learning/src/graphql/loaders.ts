import { isUuid } from '@msp-atlas/federation';
import DataLoader from 'dataloader';
import type { Db } from '../database.js';
import { findPublishedLessonsByIds } from '../lesson/lesson.repository.js';
import type { LessonRow } from '../lesson/lesson.table.js';

/**
 * Per-request batch loaders: however many lesson references the gateway resolves in
 * one request, they cost one SQL statement.
 */
export function createLoaders(db: Db) {
  return {
    publishedLesson: new DataLoader<string, LessonRow | null>(async (ids) => {
      const rows = await findPublishedLessonsByIds(db, ids.filter(isUuid));
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
