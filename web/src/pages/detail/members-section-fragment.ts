import { graphql } from '../../graphql/graphql';

export const MembersSectionFragment = graphql(`
  fragment MembersSection on Partnership {
    id viewerIsMember
    members { account { id name } invitedBy { id name } joinedAt }
    pendingInvitations { id email createdAt invitedBy { id name } }
  }
`);
