import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartnershipsContext } from '../graphql/context.js';
import { toPartnership } from '../partnership/partnership.mapper.js';
import { Partnership } from '../partnership/partnership.type.js';
import { PartnershipInvitation } from './partnership-invitation.type.js';

@Resolver(() => PartnershipInvitation)
export class PartnershipInvitationResolver {
  @FieldResolver(() => Partnership)
  async partnership(@Root() invitation: PartnershipInvitation, @Ctx() { loaders }: PartnershipsContext) {
    // biome-ignore lint/style/noNonNullAssertion: an invitation belongs to a partnership, and partnerships are never deleted
    return toPartnership((await loaders.partnership.load(invitation.partnershipId))!);
  }
}
