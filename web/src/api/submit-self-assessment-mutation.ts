import { graphql } from '../graphql/graphql';

/** Answers with little: the page then asks again for its own fields (the history with its scores would be too deep here). */
export const SUBMIT_SELF_ASSESSMENT_MUTATION = graphql(`
  mutation SubmitSelfAssessment($input: SubmitSelfAssessmentInput!) {
    submitSelfAssessment(input: $input) {
      selfAssessment { id assessedOn }
      partnership { id }
    }
  }
`);
