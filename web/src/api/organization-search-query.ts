import type { Connection, OrganizationSummary } from './partnership-types';

export const ORGANIZATION_SEARCH_QUERY = /* GraphQL */ `
  query OrganizationSearch($search: String!) {
    organizations(search: $search, first: 8) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name type country } }
    }
  }
`;

export interface OrganizationSearchData {
  /** Null when the registry is unavailable. */
  organizations: Connection<OrganizationSummary> | null;
}
