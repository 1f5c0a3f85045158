import { graphql } from '../../graphql/graphql';
import { FactorHealthFragment } from './factor-health-fragment';
import { HealthGapFragment } from './health-gap-fragment';
import { PhaseReadinessFragment } from './phase-readiness-fragment';

/** Everything the health section of the partnership page shows. */
export const HealthSectionFragment = graphql(
  `
    fragment HealthSection on PartnershipHealth {
      evaluatedOn phase
      areas { area factors worstStatus }
      factors { ...FactorHealthItem }
      readiness { ...PhaseReadinessItem }
      nextPhaseReadiness { ...PhaseReadinessItem }
      gaps { ...HealthGapItem }
    }
  `,
  [FactorHealthFragment, PhaseReadinessFragment, HealthGapFragment],
);
