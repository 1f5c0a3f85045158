import type { Connection, OrganizationType, PartnershipListItem, PartnershipStatus, Phase } from './partnership-types';

export const PARTNERSHIP_LIST_QUERY = /* GraphQL */ `
  query PartnershipList($filter: PartnershipFilter, $first: Int, $after: String) {
    partnerships(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node { id slug name summary phase status scope countries regions sdgGoals isDemo }
      }
    }
  }
`;

export interface PartnershipFilter {
  search?: string;
  countries?: string[];
  phases?: Phase[];
  statuses?: PartnershipStatus[];
  stakeholderTypes?: OrganizationType[];
  sdgGoals?: string[];
  isDemo?: boolean;
}

export interface PartnershipListData {
  /** Null when the registry is unavailable (the response then carries the error). */
  partnerships: Connection<PartnershipListItem> | null;
}

export interface PartnershipListVariables {
  filter: PartnershipFilter;
  first: number;
  after: string | null;
}
