// Membership mutations answer with the partnership, so the detail page's query (which
// holds a Partnership) is fetched again and shows the members as they are now.
import { graphql } from '../graphql/graphql';

export const INVITE_MEMBER_MUTATION = graphql(`
  mutation InvitePartnershipMember($input: InvitePartnershipMemberInput!) {
    invitePartnershipMember(input: $input) { partnership { id } invitation { id email status } }
  }
`);
