import { graphql } from '../graphql/graphql';
import { SelfAssessmentPageFragment } from '../pages/health/self-assessment-page-fragment';

export const SELF_ASSESSMENT_PAGE_QUERY = graphql(
  `
    query SelfAssessmentPage($slug: String!) {
      partnershipBySlug(slug: $slug) { id name ...SelfAssessmentPagePartnership }
    }
  `,
  [SelfAssessmentPageFragment],
);
