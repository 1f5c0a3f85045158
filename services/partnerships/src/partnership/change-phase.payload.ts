import { Field, ObjectType } from 'type-graphql';
import { Partnership } from './partnership.type.js';

@ObjectType('ChangePhasePayload')
export class ChangePhasePayload {
  @Field(() => Partnership)
  partnership!: Partnership;
}
