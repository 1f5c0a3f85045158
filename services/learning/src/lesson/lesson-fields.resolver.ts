import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Account, accountStub } from '../account/account.stub.js';
import type { LearningContext } from '../graphql/context.js';
import { LessonChangeConnection } from '../history/lesson-change.connection.js';
import { lessonHistory } from '../history/lesson-history.js';
import { canModerate, canSeeModeration, isAuthor } from '../moderation/lesson-access.js';
import { Partnership, partnershipStub } from '../partnership/partnership.stub.js';
import { SdgGoal, sdgGoalStub } from '../sdg/sdg-goal.stub.js';
import { SdgTarget, sdgTargetStub } from '../sdg/sdg-target.stub.js';
import { Lesson } from './lesson.type.js';

@Resolver(() => Lesson)
export class LessonFieldsResolver {
  @FieldResolver(() => Partnership, { nullable: true, description: 'The partnership the lesson comes from' })
  partnership(@Root() lesson: Lesson) {
    return lesson.row.partnership_id ? partnershipStub(lesson.row.partnership_id) : null;
  }

  @FieldResolver(() => Account, { nullable: true, description: 'The account that wrote it; null for demo lessons (see authorName)' })
  author(@Root() lesson: Lesson) {
    return lesson.row.author_account_id ? accountStub(lesson.row.author_account_id) : null;
  }

  @FieldResolver(() => [SdgGoal])
  sdgGoals(@Root() lesson: Lesson) {
    return lesson.sdgGoalCodes.map(sdgGoalStub);
  }

  @FieldResolver(() => [SdgTarget])
  sdgTargets(@Root() lesson: Lesson) {
    return lesson.sdgTargetCodes.map(sdgTargetStub);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The moderator’s last note; for the author and the moderators only' })
  moderationNote(@Root() lesson: Lesson, @Ctx() { viewer }: LearningContext) {
    return canSeeModeration(viewer, lesson.row) ? lesson.row.moderation_note : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer wrote it' })
  viewerIsAuthor(@Root() lesson: Lesson, @Ctx() { viewer }: LearningContext) {
    return isAuthor(viewer, lesson.row);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may publish, reject or withdraw it as a moderator' })
  viewerCanModerate(@Root() lesson: Lesson, @Ctx() { viewer }: LearningContext) {
    return canModerate(viewer, lesson.row) && !isAuthor(viewer, lesson.row);
  }

  @FieldResolver(() => LessonChangeConnection, {
    description: 'Every change, newest first: public for published lessons; moderation notes redacted for others than the author and moderators',
  })
  changeHistory(
    @Root() lesson: Lesson,
    @Ctx() { db, viewer }: LearningContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const seesModeration = canSeeModeration(viewer, lesson.row);
    return lessonHistory(db, lesson.id, { first, after }, (field) => (field === 'moderationNote' ? !seesModeration : false));
  }
}
