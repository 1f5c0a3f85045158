import { graphql } from '../graphql/graphql';

/** A lesson's page: its text, tags, where it stands in moderation and what the viewer may do with it. */
export const LESSON_QUERY = graphql(`
  query Lesson($id: ID!) {
    lesson(id: $id) {
      id title body kind language phases successFactors sdgGoalCodes sdgTargetCodes countries sectors
      status version isDemo authorName moderationNote viewerIsAuthor viewerCanModerate createdAt publishedAt
      author { id name }
      partnership { id name slug }
    }
  }
`);
