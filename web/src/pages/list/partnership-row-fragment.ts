import { graphql } from '../../graphql/graphql';

export const PartnershipRowFragment = graphql(`
  fragment PartnershipRow on Partnership { id slug name summary phase status scope countries regions sdgGoals isDemo }
`);
