import { Field, ObjectType } from 'type-graphql';
import { Partnership } from './partnership.type.js';

@ObjectType('UpdatePartnershipPayload')
export class UpdatePartnershipPayload {
  @Field(() => Partnership)
  partnership!: Partnership;
}
