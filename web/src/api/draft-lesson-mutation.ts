import { graphql } from '../graphql/graphql';

export const DRAFT_LESSON_MUTATION = graphql(`
  mutation DraftLesson($input: DraftLessonInput!) {
    draftLesson(input: $input) { lesson { id version status } }
  }
`);
