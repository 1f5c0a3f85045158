import { graphql } from '../graphql/graphql';

export const PARTNERSHIP_COUNTS_BY_COUNTRY_QUERY = graphql(`
  query PartnershipCountsByCountry($filter: PartnershipFilter) {
    partnershipCountsByCountry(filter: $filter) { country partnershipCount }
  }
`);
