import { Field, ObjectType } from 'type-graphql';
import { Partnership } from './partnership.type.js';

@ObjectType('RegisterPartnershipPayload')
export class RegisterPartnershipPayload {
  @Field(() => Partnership)
  partnership!: Partnership;
}
