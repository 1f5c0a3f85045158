import { graphql } from '../../graphql/graphql';
import { ChangePhaseFormFragment } from './change-phase-form-fragment';
import { PhaseChangeFragment } from './phase-history-timeline-fragment';

export const PhaseSectionFragment = graphql(
  `
    fragment PhaseSection on Partnership {
      phase viewerCanEdit
      phaseHistory { ...PhaseChangeItem }
      ...ChangePhaseForm
    }
  `,
  [PhaseChangeFragment, ChangePhaseFormFragment],
);
