import { graphql } from '../graphql/graphql';

export const PUBLISH_LESSON_MUTATION = graphql(`
  mutation PublishLesson($input: LessonTransitionInput!) {
    publishLesson(input: $input) { lesson { id version status moderationNote viewerCanModerate } }
  }
`);
