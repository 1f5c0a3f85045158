import { canEditRecord, canManageMembers } from '@msp-atlas/access';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { canSeeMembers } from '../access/member-visibility.js';
import type { PartnershipsContext } from '../graphql/context.js';
import { viewerRecord } from '../graphql/viewer-record.js';
import { Partnership } from '../partnership/partnership.type.js';
import { toPartnershipInvitation, toPartnershipMember } from './membership.mapper.js';
import { PartnershipInvitation } from './partnership-invitation.type.js';
import { PartnershipMember } from './partnership-member.type.js';

@Resolver(() => Partnership)
export class PartnershipMembershipFieldsResolver {
  @FieldResolver(() => Int, { description: 'How many accounts are members' })
  async memberCount(@Root() partnership: Partnership, @Ctx() { loaders }: PartnershipsContext) {
    return loaders.memberCount.load(partnership.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the signed-in viewer is a member' })
  async viewerIsMember(@Root() partnership: Partnership, @Ctx() context: PartnershipsContext) {
    return context.loaders.viewerIsMember.load(partnership.id);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may change the record: a member, or a curator of one of the partnership's countries" })
  async viewerCanEdit(@Root() partnership: Partnership, @Ctx() context: PartnershipsContext) {
    return canEditRecord(context.viewer, await viewerRecord(partnership, context));
  }

  @FieldResolver(() => [PartnershipMember], {
    nullable: true,
    description: "Members in the order they joined; null unless the viewer is a member or a curator of one of the partnership's countries",
  })
  async members(@Root() partnership: Partnership, @Ctx() context: PartnershipsContext) {
    if (!canSeeMembers(context.viewer, await viewerRecord(partnership, context))) return null;
    return (await context.loaders.members.load(partnership.id)).map(toPartnershipMember);
  }

  @FieldResolver(() => [PartnershipInvitation], {
    nullable: true,
    description: 'Invitations not yet answered, oldest first; null unless the viewer is a member',
  })
  async pendingInvitations(@Root() partnership: Partnership, @Ctx() context: PartnershipsContext) {
    if (!canManageMembers(context.viewer, await viewerRecord(partnership, context))) return null;
    return (await context.loaders.pendingInvitations.load(partnership.id)).map(toPartnershipInvitation);
  }
}
