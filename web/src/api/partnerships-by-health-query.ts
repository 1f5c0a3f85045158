import { graphql } from '../graphql/graphql';
import { PartnershipRowFragment } from '../pages/list/partnership-row-fragment';

/** The partnerships one cell of the overview counts, a page at a time. */
export const PARTNERSHIPS_BY_HEALTH_QUERY = graphql(
  `
    query PartnershipsByHealth(
      $factor: SuccessFactor!
      $statuses: [HealthStatus!]!
      $group: String
      $groupBy: HealthOverviewGrouping
      $filter: HealthOverviewFilter
      $first: Int
      $after: String
    ) {
      partnershipsByHealth(factor: $factor, statuses: $statuses, group: $group, groupBy: $groupBy, filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { ...PartnershipRow } }
      }
    }
  `,
  [PartnershipRowFragment],
);
