import type { Viewer } from '@msp-atlas/access';
import { byIdLoader } from '@msp-atlas/federation';
import type { Db } from '../database.js';
import { canRead } from '../moderation/lesson-access.js';
import { findLessonsByIds } from '../lesson/lesson.repository.js';
import type { LessonRow } from '../lesson/lesson.table.js';

/**
 * Per-request batch loaders: however many lesson references the gateway resolves in
 * one request, they cost one SQL statement. Only lessons the viewer may read come back.
 */
export function createLoaders(db: Db, viewer: Viewer) {
  return {
    readableLesson: byIdLoader<LessonRow>(async (ids) => (await findLessonsByIds(db, ids)).filter((row) => canRead(viewer, row))),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
