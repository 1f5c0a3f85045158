import { graphql } from '../graphql/graphql';

export const REMOVE_MEMBER_MUTATION = graphql(`
  mutation RemovePartnershipMember($input: RemovePartnershipMemberInput!) {
    removePartnershipMember(input: $input) { partnership { id } removedAccountId }
  }
`);
