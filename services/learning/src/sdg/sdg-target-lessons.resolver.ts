import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { LearningContext } from '../graphql/context.js';
import { LessonConnection } from '../lesson/lesson.connection.js';
import { lessonsTagged } from './lessons-tagged.js';
import { SdgTargetReference } from './sdg-target.reference.js';

@Resolver(() => SdgTargetReference)
export class SdgTargetLessonsResolver {
  @FieldResolver(() => LessonConnection, { description: 'Published lessons tagged with the target, newest first' })
  lessons(
    @Root() target: SdgTargetReference,
    @Ctx() context: LearningContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    return lessonsTagged(context, { sdgTarget: target.code }, first, after);
  }
}
