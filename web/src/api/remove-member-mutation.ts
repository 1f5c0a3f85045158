export const REMOVE_MEMBER_MUTATION = /* GraphQL */ `
  mutation RemovePartnershipMember($input: RemovePartnershipMemberInput!) {
    removePartnershipMember(input: $input) { partnership { id } removedAccountId }
  }
`;

export interface RemoveMemberVariables {
  input: { partnershipId: string; accountId: string };
}
