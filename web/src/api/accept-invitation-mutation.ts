import { graphql } from '../graphql/graphql';

export const ACCEPT_INVITATION_MUTATION = graphql(`
  mutation AcceptPartnershipInvitation($input: AcceptPartnershipInvitationInput!) {
    acceptPartnershipInvitation(input: $input) { partnership { id slug name } invitation { id status } }
  }
`);
