import { graphql } from '../graphql/graphql';

/** Submitted lessons the viewer moderates, oldest first. */
export const LESSON_MODERATION_QUEUE_QUERY = graphql(`
  query LessonModerationQueue($after: String) {
    lessonModerationQueue(first: 50, after: $after) {
      totalCount
      edges { node { id title kind language countries version submittedAt author { id name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
