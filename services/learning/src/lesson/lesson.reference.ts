import type { LearningContext } from '../graphql/context.js';
import { toLesson } from './lesson.mapper.js';

export const lessonReference = {
  Lesson: {
    // Only lessons the viewer may read: published ones, or their own drafts and those they moderate.
    __resolveReference: async (reference: { id: string }, { loaders }: LearningContext) => {
      const row = await loaders.readableLesson.load(reference.id);
      return row ? toLesson(row) : null;
    },
  },
};
