import { graphql } from '../../graphql/graphql';

export const ContributionListItemFragment = graphql(`
  fragment ContributionListItem on Contribution { id kind description amount currency personDays }
`);
