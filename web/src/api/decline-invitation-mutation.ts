export const DECLINE_INVITATION_MUTATION = /* GraphQL */ `
  mutation DeclinePartnershipInvitation($input: DeclinePartnershipInvitationInput!) {
    declinePartnershipInvitation(input: $input) { partnership { id } invitation { id status } }
  }
`;
