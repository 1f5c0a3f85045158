import { buildConnection, badUserInput, pageArguments, timestampIdKey } from '@msp-atlas/federation';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { LearningContext } from '../graphql/context.js';
import { LessonConnection } from '../lesson/lesson.connection.js';
import { toLesson } from '../lesson/lesson.mapper.js';
import { countPublishedLessons, listPublishedLessons } from '../lesson/lesson.repository.js';
import { LessonRecommendation } from '../recommendation/lesson-recommendation.type.js';
import { MAX_RECOMMENDATIONS, recommendLessons } from '../recommendation/recommend-lessons.js';
import { PartnershipReference } from './partnership.reference.js';

@Resolver(() => PartnershipReference)
export class PartnershipLessonsResolver {
  @FieldResolver(() => LessonConnection, { description: 'Published lessons the partnership contributed, newest first' })
  async lessons(
    @Root() partnership: PartnershipReference,
    @Ctx() { db }: LearningContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const page = pageArguments(first, after);
    const where = { partnershipId: partnership.id };
    const rows = await listPublishedLessons(db, where, page.first + 1, page.after ? timestampIdKey(page.after) : null);
    return buildConnection(
      LessonConnection,
      rows,
      page,
      toLesson,
      (row) => [row.listing_key, row.id],
      () => countPublishedLessons(db, where),
    );
  }

  @FieldResolver(() => [LessonRecommendation], {
    description: `Published lessons for where the partnership stands (phase, SDG targets, countries, sectors), each with why; at most ${MAX_RECOMMENDATIONS}`,
  })
  async recommendedLessons(
    @Root() partnership: PartnershipReference,
    @Ctx() { db }: LearningContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
  ) {
    const size = first ?? 5;
    if (!Number.isInteger(size) || size < 1 || size > MAX_RECOMMENDATIONS) throw badUserInput(`first must be between 1 and ${MAX_RECOMMENDATIONS}`, 'first');
    return recommendLessons(db, partnership.id, size);
  }
}
