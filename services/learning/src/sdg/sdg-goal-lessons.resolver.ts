import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { LearningContext } from '../graphql/context.js';
import { LessonConnection } from '../lesson/lesson.connection.js';
import { lessonsTagged } from './lessons-tagged.js';
import { SdgGoalReference } from './sdg-goal.reference.js';

@Resolver(() => SdgGoalReference)
export class SdgGoalLessonsResolver {
  @FieldResolver(() => LessonConnection, { description: 'Published lessons tagged with the goal (or one of its targets), newest first' })
  lessons(
    @Root() goal: SdgGoalReference,
    @Ctx() context: LearningContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    return lessonsTagged(context, { sdgGoal: goal.code }, first, after);
  }
}
