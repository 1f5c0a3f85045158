import { graphql } from '../graphql/graphql';

export const REVOKE_INVITATION_MUTATION = graphql(`
  mutation RevokePartnershipInvitation($input: RevokePartnershipInvitationInput!) {
    revokePartnershipInvitation(input: $input) { partnership { id } invitation { id status } }
  }
`);
