export const ACCEPT_INVITATION_MUTATION = /* GraphQL */ `
  mutation AcceptPartnershipInvitation($input: AcceptPartnershipInvitationInput!) {
    acceptPartnershipInvitation(input: $input) { partnership { id slug name } invitation { id status } }
  }
`;

/** What every mutation on one invitation takes. */
export interface InvitationIdVariables {
  input: { invitationId: string };
}

export interface AcceptInvitationData {
  acceptPartnershipInvitation: { partnership: { id: string; slug: string; name: string } };
}
