import { graphql } from '../graphql/graphql';

/** The national overview: per factor and phase (or country), how many partnerships stand where. */
export const HEALTH_OVERVIEW_QUERY = graphql(`
  query HealthOverview($filter: HealthOverviewFilter, $groupBy: HealthOverviewGrouping) {
    healthOverview(filter: $filter, groupBy: $groupBy) {
      partnerships evaluatedAt
      groups { key partnerships }
      cells { factor group strong adequate weak missing notYetExpected }
    }
  }
`);
