import { graphql } from '../graphql/graphql';

export const WITHDRAW_LESSON_MUTATION = graphql(`
  mutation WithdrawLesson($input: LessonTransitionInput!) {
    withdrawLesson(input: $input) { lesson { id version status moderationNote viewerCanModerate } }
  }
`);
