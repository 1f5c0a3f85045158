import type { Db } from '../database.js';
import { LessonStatus } from './lesson-status.js';
import { contentColumns, type LessonContent } from './lesson.repository.js';

/**
 * Published lessons written straight into the table in one statement, with their tags
 * and search documents computed as every write computes them, but without events or
 * change history: for the benchmark's 100,000 lessons only, never for the API.
 */
export async function bulkInsertPublishedLessons(db: Db, lessons: readonly (LessonContent & { authorName: string })[]): Promise<void> {
  if (lessons.length === 0) return;
  await db
    .insertInto('lessons')
    .values(
      lessons.map(({ authorName, ...content }) => ({
        ...contentColumns(content),
        author_name: authorName,
        status: LessonStatus.PUBLISHED,
        published_at: new Date(),
      })),
    )
    .execute();
}
