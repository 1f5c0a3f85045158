import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { AccountReference } from '../account/account.reference.js';
import type { LearningContext } from '../graphql/context.js';
import { LessonChangeConnection } from '../history/lesson-change.connection.js';
import { lessonHistory } from '../history/lesson-history.js';
import { canModerate, canSeeModeration, isAuthor } from '../moderation/lesson-access.js';
import { PartnershipReference } from '../partnership/partnership.reference.js';
import { SdgGoalReference } from '../sdg/sdg-goal.reference.js';
import { SdgTargetReference } from '../sdg/sdg-target.reference.js';
import { Lesson } from './lesson.type.js';

@Resolver(() => Lesson)
export class LessonFieldsResolver {
  @FieldResolver(() => PartnershipReference, { nullable: true, description: 'The partnership the lesson comes from' })
  partnership(@Root() lesson: Lesson): PartnershipReference | null {
    return lesson.row.partnership_id ? { id: lesson.row.partnership_id } : null;
  }

  @FieldResolver(() => AccountReference, { nullable: true, description: 'The account that wrote it; null for demo lessons (see authorName)' })
  author(@Root() lesson: Lesson): AccountReference | null {
    return lesson.row.author_account_id ? { id: lesson.row.author_account_id } : null;
  }

  @FieldResolver(() => [SdgGoalReference])
  sdgGoals(@Root() lesson: Lesson): SdgGoalReference[] {
    return lesson.sdgGoalCodes.map((code) => ({ code }));
  }

  @FieldResolver(() => [SdgTargetReference])
  sdgTargets(@Root() lesson: Lesson): SdgTargetReference[] {
    return lesson.sdgTargetCodes.map((code) => ({ code }));
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
