import { Field, ObjectType } from 'type-graphql';
import { Partnership } from './partnership.type.js';

@ObjectType('RegisterPartnershipPayload')
export class RegisterPartnershipPayload {
  @Field(() => Partnership)
  partnership!: Partnership;
}

@ObjectType('UpdatePartnershipPayload')
export class UpdatePartnershipPayload {
  @Field(() => Partnership)
  partnership!: Partnership;
}

@ObjectType('ChangePhasePayload')
export class ChangePhasePayload {
  @Field(() => Partnership)
  partnership!: Partnership;
}

