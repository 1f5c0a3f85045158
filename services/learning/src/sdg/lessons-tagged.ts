import { buildConnection, pageArguments, timestampIdKey } from '@msp-atlas/federation';
import type { LearningContext } from '../graphql/context.js';
import { LessonConnection } from '../lesson/lesson.connection.js';
import { toLesson } from '../lesson/lesson.mapper.js';
import { countPublishedLessons, listPublishedLessons } from '../lesson/lesson.repository.js';

/** Published lessons carrying an SDG tag, newest first: SdgGoal.lessons and SdgTarget.lessons. */
export async function lessonsTagged(context: LearningContext, where: { sdgGoal?: string; sdgTarget?: string }, first: number | null, after: string | null) {
  const page = pageArguments(first, after);
  const rows = await listPublishedLessons(context.db, where, page.first + 1, page.after ? timestampIdKey(page.after) : null);
  return buildConnection(
    LessonConnection,
    rows,
    page,
    toLesson,
    (row) => [row.listing_key, row.id],
    () => countPublishedLessons(context.db, where),
  );
}
