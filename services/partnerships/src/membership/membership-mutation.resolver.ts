import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { PartnershipsContext } from '../graphql/context.js';
import { toPartnership } from '../partnership/partnership.mapper.js';
import { AcceptPartnershipInvitationInput } from './accept-partnership-invitation.input.js';
import { AcceptPartnershipInvitationPayload } from './accept-partnership-invitation.payload.js';
import { DeclinePartnershipInvitationInput } from './decline-partnership-invitation.input.js';
import { DeclinePartnershipInvitationPayload } from './decline-partnership-invitation.payload.js';
import { InvitePartnershipMemberInput } from './invite-partnership-member.input.js';
import { InvitePartnershipMemberPayload } from './invite-partnership-member.payload.js';
import { toPartnershipInvitation } from './membership.mapper.js';
import {
  acceptPartnershipInvitation,
  declinePartnershipInvitation,
  invitePartnershipMember,
  removePartnershipMember,
  revokePartnershipInvitation,
  type InvitationChange,
} from './membership.service.js';
import { RemovePartnershipMemberInput } from './remove-partnership-member.input.js';
import { RemovePartnershipMemberPayload } from './remove-partnership-member.payload.js';
import { RevokePartnershipInvitationInput } from './revoke-partnership-invitation.input.js';
import { RevokePartnershipInvitationPayload } from './revoke-partnership-invitation.payload.js';

@Resolver()
export class MembershipMutationResolver {
  @Mutation(() => InvitePartnershipMemberPayload, { description: 'Members only' })
  async invitePartnershipMember(
    @Arg('input', () => InvitePartnershipMemberInput) input: InvitePartnershipMemberInput,
    @Ctx() { db, viewer }: PartnershipsContext,
  ) {
    return invitationPayload(await invitePartnershipMember(db, viewer, input));
  }

  @Mutation(() => AcceptPartnershipInvitationPayload, { description: 'Only the account signed in with the invited e-mail address' })
  async acceptPartnershipInvitation(
    @Arg('input', () => AcceptPartnershipInvitationInput) input: AcceptPartnershipInvitationInput,
    @Ctx() { db, viewer }: PartnershipsContext,
  ) {
    return invitationPayload(await acceptPartnershipInvitation(db, viewer, input));
  }

  @Mutation(() => DeclinePartnershipInvitationPayload, { description: 'Only the account signed in with the invited e-mail address' })
  async declinePartnershipInvitation(
    @Arg('input', () => DeclinePartnershipInvitationInput) input: DeclinePartnershipInvitationInput,
    @Ctx() { db, viewer }: PartnershipsContext,
  ) {
    return invitationPayload(await declinePartnershipInvitation(db, viewer, input));
  }

  @Mutation(() => RevokePartnershipInvitationPayload, { description: 'Members only' })
  async revokePartnershipInvitation(
    @Arg('input', () => RevokePartnershipInvitationInput) input: RevokePartnershipInvitationInput,
    @Ctx() { db, viewer }: PartnershipsContext,
  ) {
    return invitationPayload(await revokePartnershipInvitation(db, viewer, input));
  }

  @Mutation(() => RemovePartnershipMemberPayload, { description: 'Members only; a member may remove themself, but not the last member' })
  async removePartnershipMember(
    @Arg('input', () => RemovePartnershipMemberInput) input: RemovePartnershipMemberInput,
    @Ctx() { db, viewer }: PartnershipsContext,
  ) {
    const partnership = await removePartnershipMember(db, viewer, input);
    return { partnership: toPartnership(partnership), removedAccountId: input.accountId };
  }
}

function invitationPayload({ partnership, invitation }: InvitationChange) {
  return { partnership: toPartnership(partnership), invitation: toPartnershipInvitation(invitation) };
}
