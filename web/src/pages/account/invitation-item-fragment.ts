import { graphql } from '../../graphql/graphql';

export const InvitationItemFragment = graphql(`
  fragment InvitationItem on PartnershipInvitation {
    id createdAt
    invitedBy { id name }
    partnership { id slug name }
  }
`);
