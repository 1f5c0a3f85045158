import { Field, ObjectType } from 'type-graphql';
import { Partnership } from '../partnership/partnership.type.js';
import { PartnershipInvitation } from './partnership-invitation.type.js';

/**
 * What every invitation mutation returns: the invitation as it is now, and its
 * partnership. A base only: no field refers to it, so it is not in the schema.
 */
@ObjectType()
export abstract class InvitationChangePayload {
  @Field(() => Partnership)
  partnership!: Partnership;

  @Field(() => PartnershipInvitation)
  invitation!: PartnershipInvitation;
}
