import { graphql } from '../../../graphql/graphql';

export const ContributionsChartFragment = graphql(`
  fragment ContributionsChartStakeholder on Stakeholder {
    id
    organization { id name }
    contributions { id kind amount currency personDays }
  }
`);
