import { graphql } from '../../graphql/graphql';
import { HealthGapFragment } from './health-gap-fragment';

/**
 * What the self-assessment page shows of a partnership: who may assess, the data's
 * status per factor beside the form, the gap report and the assessments for the trend.
 * After a submission the page asks for it again; the trend shows the latest 20 assessments.
 */
export const SelfAssessmentPageFragment = graphql(
  `
    fragment SelfAssessmentPagePartnership on Partnership {
      id slug name viewerIsMember
      health { factors { factor status } gaps { ...HealthGapItem } }
      selfAssessments(first: 20) {
        totalCount
        edges { node { id assessedOn submittedAt scores { factor score note } } }
      }
    }
  `,
  [HealthGapFragment],
);
