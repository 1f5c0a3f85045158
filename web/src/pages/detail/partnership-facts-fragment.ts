import { graphql } from '../../graphql/graphql';

export const PartnershipFactsFragment = graphql(`
  fragment PartnershipFacts on Partnership {
    phase status scope countries regions sectors startDate endDate website memberCount createdAt updatedAt version
  }
`);
