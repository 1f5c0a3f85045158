import { Field, ID, InputType, Int } from 'type-graphql';
import { StakeholderRole } from '../domain/enums.js';
import { ContributionInput } from './contribution.input.js';

@InputType('UpdateStakeholderInput', { description: 'Fields left out stay as they are; contributions, if given, replace the list' })
export class UpdateStakeholderInput {
  @Field(() => ID)
  stakeholderId!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => [StakeholderRole], { nullable: true })
  roles?: StakeholderRole[] | null;

  @Field(() => String, { nullable: true })
  commitment?: string | null;

  @Field(() => [ContributionInput], { nullable: true })
  contributions?: ContributionInput[] | null;
}
