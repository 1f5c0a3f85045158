import { Field, ID, ObjectType } from 'type-graphql';
import { Partnership } from '../partnership/partnership.type.js';

@ObjectType('RemoveStakeholderPayload')
export class RemoveStakeholderPayload {
  @Field(() => Partnership)
  partnership!: Partnership;

  @Field(() => ID)
  removedStakeholderId!: string;
}
