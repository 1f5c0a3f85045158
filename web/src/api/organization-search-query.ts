import { graphql } from '../graphql/graphql';
import { OrganizationMatchFragment } from '../pages/register/organization-matches-fragment';

export const ORGANIZATION_SEARCH_QUERY = graphql(
  `
    query OrganizationSearch($search: String!) {
      organizations(search: $search, first: 8) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { ...OrganizationMatch } }
      }
    }
  `,
  [OrganizationMatchFragment],
);
