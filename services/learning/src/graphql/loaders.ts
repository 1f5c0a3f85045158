import type { Viewer } from '@msp-atlas/access';
import { byIdLoader, isUuid } from '@msp-atlas/federation';
import DataLoader from 'dataloader';
import type { Db } from '../database.js';
import { publishedLessonCounts } from '../health-signal/learning-health-signal.repository.js';
import type { LearningHealthSignal } from '../health-signal/learning-health-signal.type.js';
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
    /** The health check asks for many partnerships at once: one statement for all of them. */
    learningHealthSignal: new DataLoader<string, LearningHealthSignal>(async (ids) => {
      const counts = new Map((await publishedLessonCounts(db, ids.filter(isUuid))).map((count) => [count.partnershipId, count]));
      return ids.map((id) => ({ publishedLessons: counts.get(id)?.publishedLessons ?? 0, lastPublishedOn: counts.get(id)?.lastPublishedOn ?? null }));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
