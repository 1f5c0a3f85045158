import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { NULLABLE_WHY } from '@msp-atlas/federation';
import type { LearningContext } from '../graphql/context.js';
import { LessonFacets } from '../search/lesson-facets.type.js';
import { LessonFilter } from '../search/lesson-filter.input.js';
import { LessonSearchConnection } from '../search/lesson-search.connection.js';
import { lessonFacets, lessonSearch } from '../search/lesson-search.service.js';
import { LessonConnection } from './lesson.connection.js';
import { toLesson } from './lesson.mapper.js';
import { lessonModerationQueue, myLessons } from './lesson-lists.service.js';
import { Lesson } from './lesson.type.js';

@Resolver(() => Lesson)
export class LessonResolver {
  @Query(() => Lesson, {
    nullable: true,
    description: 'A lesson the viewer may read: published ones for everyone, drafts for their author, submitted ones for their moderators; null otherwise',
  })
  async lesson(@Arg('id', () => ID) id: string, @Ctx() { loaders }: LearningContext) {
    const row = await loaders.readableLesson.load(id);
    return row ? toLesson(row) : null;
  }

  @Query(() => LessonSearchConnection, {
    nullable: true,
    description: `Published lessons matching the query (full text in each lesson's language, phrases in quotes, prefixes, "-" to exclude, "or") and the filter, best first; without a query, newest first. ${NULLABLE_WHY}`,
  })
  lessons(
    @Ctx() { db }: LearningContext,
    @Arg('query', () => String, { nullable: true }) query: string | null,
    @Arg('filter', () => LessonFilter, { nullable: true }) filter: LessonFilter | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    return lessonSearch(db, { query, filter, first, after });
  }

  @Query(() => LessonFacets, { nullable: true, description: `Counts per tag over the lessons \`lessons(query, filter)\` finds. ${NULLABLE_WHY}` })
  lessonFacets(
    @Ctx() { db }: LearningContext,
    @Arg('query', () => String, { nullable: true }) query: string | null,
    @Arg('filter', () => LessonFilter, { nullable: true }) filter: LessonFilter | null,
  ) {
    return lessonFacets(db, { query, filter });
  }

  @Query(() => LessonConnection, { nullable: true, description: `The viewer's own lessons in every status, last changed first. ${NULLABLE_WHY}` })
  async myLessons(
    @Ctx() { db, viewer }: LearningContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    return myLessons(db, viewer, { first, after });
  }

  @Query(() => LessonConnection, {
    nullable: true,
    description: `Submitted lessons the viewer may moderate (in countries they curate; without a country for learning moderators), oldest first. ${NULLABLE_WHY}`,
  })
  async lessonModerationQueue(
    @Ctx() { db, viewer }: LearningContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    return lessonModerationQueue(db, viewer, { first, after });
  }
}
