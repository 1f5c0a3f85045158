import { AccountReference } from '@msp-atlas/change-history-graphql';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartnershipsContext } from '../graphql/context.js';
import { toPartnershipInvitation } from '../membership/membership.mapper.js';
import { PartnershipInvitation } from '../membership/partnership-invitation.type.js';
import { toPartnership } from '../partnership/partnership.mapper.js';
import { Partnership } from '../partnership/partnership.type.js';
import { partnershipInvitationsOf, partnershipMembershipsOf } from './account-partnerships.service.js';

@Resolver(() => AccountReference)
export class AccountPartnershipsResolver {
  @FieldResolver(() => [Partnership], {
    description: 'The partnerships this account is a member of, the latest joined first; FORBIDDEN unless the viewer is this account',
  })
  async partnershipMemberships(@Root() account: AccountReference, @Ctx() { db, viewer, loaders }: PartnershipsContext) {
    return (await partnershipMembershipsOf(db, loaders, viewer, account.id)).map(toPartnership);
  }

  @FieldResolver(() => [PartnershipInvitation], {
    description: "Pending invitations to this account's verified e-mail address, newest first; FORBIDDEN unless the viewer is this account",
  })
  async partnershipInvitations(@Root() account: AccountReference, @Ctx() { db, viewer }: PartnershipsContext) {
    return (await partnershipInvitationsOf(db, viewer, account.id)).map(toPartnershipInvitation);
  }
}
