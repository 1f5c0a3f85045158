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
  partnerships: Connection<PartnershipListItem>;
}

export interface PartnershipListVariables {
  filter: PartnershipFilter;
  first: number;
  after: string | null;
}
