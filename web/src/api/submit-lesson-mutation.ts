import { graphql } from '../graphql/graphql';

export const SUBMIT_LESSON_MUTATION = graphql(`
  mutation SubmitLesson($input: LessonTransitionInput!) {
    submitLesson(input: $input) { lesson { id version status moderationNote viewerCanModerate } }
  }
`);
