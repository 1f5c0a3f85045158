import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { LearningContext } from '../graphql/context.js';
import { DraftLessonInput } from './draft-lesson.input.js';
import { LessonTransitionInput } from './lesson-transition.input.js';
import { UpdateLessonInput } from './update-lesson.input.js';
import { toLesson } from './lesson.mapper.js';
import { LessonPayload } from './lesson.payload.js';
import { draftLesson, publishLesson, rejectLesson, submitLesson, updateLesson, withdrawLesson } from './lesson.service.js';
import type { LessonRow } from './lesson.table.js';

const payload = (row: LessonRow): LessonPayload => ({ lesson: toLesson(row) });

@Resolver()
export class LessonMutationResolver {
  @Mutation(() => LessonPayload, { description: 'A new lesson, as a draft only its author sees' })
  async draftLesson(@Arg('input', () => DraftLessonInput) input: DraftLessonInput, @Ctx() { db, viewer }: LearningContext) {
    return payload(await draftLesson(db, viewer, input));
  }

  @Mutation(() => LessonPayload, { description: 'The author changes a draft (or a rejected or withdrawn lesson, which becomes a draft again)' })
  async updateLesson(@Arg('input', () => UpdateLessonInput) input: UpdateLessonInput, @Ctx() { db, viewer }: LearningContext) {
    return payload(await updateLesson(db, viewer, input));
  }

  @Mutation(() => LessonPayload, { description: 'The author submits the lesson to its moderators' })
  async submitLesson(@Arg('input', () => LessonTransitionInput) input: LessonTransitionInput, @Ctx() { db, viewer }: LearningContext) {
    return payload(await submitLesson(db, viewer, input));
  }

  @Mutation(() => LessonPayload, { description: 'A moderator publishes a submitted lesson' })
  async publishLesson(@Arg('input', () => LessonTransitionInput) input: LessonTransitionInput, @Ctx() { db, viewer }: LearningContext) {
    return payload(await publishLesson(db, viewer, input));
  }

  @Mutation(() => LessonPayload, { description: 'A moderator sends a submitted lesson back with a note' })
  async rejectLesson(@Arg('input', () => LessonTransitionInput) input: LessonTransitionInput, @Ctx() { db, viewer }: LearningContext) {
    return payload(await rejectLesson(db, viewer, input));
  }

  @Mutation(() => LessonPayload, { description: 'The author takes a submitted or published lesson back; a moderator takes a published one down' })
  async withdrawLesson(@Arg('input', () => LessonTransitionInput) input: LessonTransitionInput, @Ctx() { db, viewer }: LearningContext) {
    return payload(await withdrawLesson(db, viewer, input));
  }
}
