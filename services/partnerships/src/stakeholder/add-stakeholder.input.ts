import { Field, ID, InputType, Int } from 'type-graphql';
import { StakeholderInput } from './stakeholder.input.js';

@InputType('AddStakeholderInput')
export class AddStakeholderInput extends StakeholderInput {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => Int, { nullable: true, description: 'Refuse with CONFLICT if the partnership changed since' })
  expectedVersion?: number | null;
}
