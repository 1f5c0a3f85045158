import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { buildConnection, pageArguments, NULLABLE_WHY, timestampIdKey } from '@msp-atlas/federation';
import type { LearningContext } from '../graphql/context.js';
import { LessonConnection } from './lesson.connection.js';
import { toLesson } from './lesson.mapper.js';
import { countPublishedLessons, listPublishedLessons } from './lesson.repository.js';
import { Lesson } from './lesson.type.js';

@Resolver(() => Lesson)
export class LessonResolver {
  @Query(() => Lesson, { nullable: true, description: 'A published lesson; null for drafts and unknown ids' })
  async lesson(@Arg('id', () => ID) id: string, @Ctx() { loaders }: LearningContext) {
    const row = await loaders.publishedLesson.load(id);
    return row ? toLesson(row) : null;
  }

  @Query(() => LessonConnection, { nullable: true, description: `Published lessons, newest first. ${NULLABLE_WHY}` })
  async lessons(
    @Ctx() { db }: LearningContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const page = pageArguments(first, after);
    const rows = await listPublishedLessons(db, page.first + 1, page.after ? timestampIdKey(page.after) : null);
    return buildConnection(
      LessonConnection,
      rows,
      page,
      toLesson,
      (row) => [row.listing_created_at, row.id],
      () => countPublishedLessons(db),
    );
  }
}

