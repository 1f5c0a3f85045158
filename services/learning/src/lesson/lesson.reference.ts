import type { LearningContext } from '../graphql/context.js';
import { toLesson } from './lesson.mapper.js';

export const lessonReference = {
  Lesson: {
    __resolveReference: async (reference: { id: string }, { loaders }: LearningContext) => {
      const row = await loaders.publishedLesson.load(reference.id);
      return row ? toLesson(row) : null;
    },
  },
};
