import type { InvitationIdVariables } from './accept-invitation-mutation';

export const REVOKE_INVITATION_MUTATION = /* GraphQL */ `
  mutation RevokePartnershipInvitation($input: RevokePartnershipInvitationInput!) {
    revokePartnershipInvitation(input: $input) { partnership { id } invitation { id status } }
  }
`;

export type RevokeInvitationVariables = InvitationIdVariables;
