import { graphql } from '../graphql/graphql';

export const REJECT_LESSON_MUTATION = graphql(`
  mutation RejectLesson($input: LessonTransitionInput!) {
    rejectLesson(input: $input) { lesson { id version status moderationNote viewerCanModerate } }
  }
`);
