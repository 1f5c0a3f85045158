import { Field, ID, ObjectType } from 'type-graphql';
import { Partnership } from '../partnership/partnership.type.js';

@ObjectType('RemovePartnershipMemberPayload')
export class RemovePartnershipMemberPayload {
  @Field(() => Partnership)
  partnership!: Partnership;

  @Field(() => ID)
  removedAccountId!: string;
}
