import { graphql } from '../../graphql/graphql';
import { HealthGapFragment } from './health-gap-fragment';

/** One factor on the partnership page: its status, what the data shows, the next step and the members' own score. */
export const FactorHealthFragment = graphql(
  `
    fragment FactorHealthItem on FactorHealth {
      factor area status expectedFrom source summary
      evidence { field value text }
      nextStep { code text }
      selfScore { score note assessedOn }
      gap { ...HealthGapItem }
    }
  `,
  [HealthGapFragment],
);
