import { graphql } from '../../graphql/graphql';

export const ContinuitySectionFragment = graphql(`
  fragment ContinuitySection on Partnership { continuationPlan lastEvaluatedOn }
`);
