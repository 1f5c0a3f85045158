import { graphql } from '../../graphql/graphql';

export const MembershipItemFragment = graphql(`
  fragment MembershipItem on Partnership { id slug name phase status countries isDemo }
`);
