import type { SessionAccount } from './account-types';
import type { AccountRef, PartnershipListItem } from './partnership-types';

/** The "My account" page: who the viewer is, their partnerships, and the invitations waiting for them. */
export const VIEWER_ACCOUNT_QUERY = /* GraphQL */ `
  query ViewerAccount {
    viewer {
      id name email isAdmin curatorCountries
      partnershipMemberships { id slug name phase status countries isDemo }
      partnershipInvitations { id createdAt invitedBy { id name } partnership { id slug name } }
    }
  }
`;

export interface ViewerInvitation {
  id: string;
  createdAt: string;
  invitedBy: AccountRef;
  partnership: { id: string; slug: string; name: string };
}

export interface ViewerAccountData {
  viewer:
    | (SessionAccount & {
        partnershipMemberships: Pick<PartnershipListItem, 'id' | 'slug' | 'name' | 'phase' | 'status' | 'countries' | 'isDemo'>[];
        partnershipInvitations: ViewerInvitation[];
      })
    | null;
}
