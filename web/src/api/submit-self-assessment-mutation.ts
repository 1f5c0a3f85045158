import { graphql } from '../graphql/graphql';
import { SelfAssessmentPageFragment } from '../pages/health/self-assessment-page-fragment';

export const SUBMIT_SELF_ASSESSMENT_MUTATION = graphql(
  `
    mutation SubmitSelfAssessment($input: SubmitSelfAssessmentInput!) {
      submitSelfAssessment(input: $input) {
        selfAssessment { id assessedOn }
        partnership { id ...SelfAssessmentPagePartnership }
      }
    }
  `,
  [SelfAssessmentPageFragment],
);
