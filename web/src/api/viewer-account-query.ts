import { graphql } from '../graphql/graphql';
import { MembershipItemFragment } from '../pages/account/membership-item-fragment';
import { InvitationItemFragment } from '../pages/account/invitation-item-fragment';

/** The "My account" page: who the viewer is, their partnerships, and the invitations waiting for them. */
export const VIEWER_ACCOUNT_QUERY = graphql(
  `
    query ViewerAccount {
      viewer {
        id name email isAdmin curatorCountries
        partnershipMemberships { ...MembershipItem }
        partnershipInvitations { ...InvitationItem }
      }
    }
  `,
  [MembershipItemFragment, InvitationItemFragment],
);
