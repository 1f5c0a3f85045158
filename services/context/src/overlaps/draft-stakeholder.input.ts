import { Field, ID, InputType } from 'type-graphql';

@InputType('DraftStakeholderInput', { description: 'A partner of the draft: a registered organisation by id, or a new one by name' })
export class DraftStakeholderInput {
  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Matched against registered organisations by name' })
  organizationName?: string | null;

  @Field(() => [String], { nullable: true, description: 'StakeholderRole codes; INITIATOR and CORE_GROUP make it a lead' })
  roles?: string[] | null;
}
