import { graphql } from '../graphql/graphql';

export const DECLINE_INVITATION_MUTATION = graphql(`
  mutation DeclinePartnershipInvitation($input: DeclinePartnershipInvitationInput!) {
    declinePartnershipInvitation(input: $input) { partnership { id } invitation { id status } }
  }
`);
