import { graphql } from '../../graphql/graphql';
import { ContributionListItemFragment } from './contribution-list-fragment';

export const StakeholderCardFragment = graphql(
  `
    fragment StakeholderCard on Stakeholder {
      id roles commitment
      organization { id name type country }
      contributions { ...ContributionListItem }
    }
  `,
  [ContributionListItemFragment],
);
