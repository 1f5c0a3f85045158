import { Field, ObjectType } from 'type-graphql';
import { Partnership } from '../partnership/partnership.type.js';
import { Stakeholder } from './stakeholder.type.js';

@ObjectType('AddStakeholderPayload')
export class AddStakeholderPayload {
  @Field(() => Partnership)
  partnership!: Partnership;

  @Field(() => Stakeholder)
  stakeholder!: Stakeholder;
}
