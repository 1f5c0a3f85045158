import type { Viewer } from '@msp-atlas/access';
import { AccountReference } from '@msp-atlas/change-history';
import { forbidden } from '@msp-atlas/federation';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartnershipsContext } from '../graphql/context.js';
import { pendingInvitationsTo } from '../membership/invitation.repository.js';
import { toPartnershipInvitation } from '../membership/membership.mapper.js';
import { membershipsOfAccount } from '../membership/membership.repository.js';
import { PartnershipInvitation } from '../membership/partnership-invitation.type.js';
import { toPartnership } from '../partnership/partnership.mapper.js';
import { Partnership } from '../partnership/partnership.type.js';

// An account's memberships and invitations are its own business: other viewers,
// admins included, get FORBIDDEN rather than an empty list that would read as "none".

@Resolver(() => AccountReference)
export class AccountPartnershipsResolver {
  @FieldResolver(() => [Partnership], {
    description: 'The partnerships this account is a member of, the latest joined first; FORBIDDEN unless the viewer is this account',
  })
  async partnershipMemberships(@Root() account: AccountReference, @Ctx() { db, viewer, loaders }: PartnershipsContext) {
    requireSelf(viewer, account, 'partnership memberships');
    const memberships = await membershipsOfAccount(db, account.id);
    const rows = await Promise.all(memberships.map((membership) => loaders.partnership.load(membership.partnership_id)));
    return rows.flatMap((row) => (row ? [toPartnership(row)] : []));
  }

  @FieldResolver(() => [PartnershipInvitation], {
    description: "Pending invitations to this account's verified e-mail address, newest first; FORBIDDEN unless the viewer is this account",
  })
  async partnershipInvitations(@Root() account: AccountReference, @Ctx() { db, viewer }: PartnershipsContext) {
    requireSelf(viewer, account, 'partnership invitations');
    if (viewer.email === null) return [];
    return (await pendingInvitationsTo(db, viewer.email)).map(toPartnershipInvitation);
  }
}

function requireSelf(viewer: Viewer, account: AccountReference, what: string): void {
  if (viewer.accountId === null || viewer.accountId !== account.id) {
    throw forbidden(`Only the account itself may see its ${what}`);
  }
}
