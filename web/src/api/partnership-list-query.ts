import { graphql } from '../graphql/graphql';
import { PartnershipRowFragment } from '../pages/list/partnership-row-fragment';

export const PARTNERSHIP_LIST_QUERY = graphql(
  `
    query PartnershipList($filter: PartnershipFilter, $first: Int, $after: String) {
      partnerships(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { ...PartnershipRow } }
      }
    }
  `,
  [PartnershipRowFragment],
);
