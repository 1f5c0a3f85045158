import { graphql } from '../../graphql/graphql';

export const MilestoneRowFragment = graphql(`
  fragment MilestoneRow on Milestone { id title dueOn status }
`);
