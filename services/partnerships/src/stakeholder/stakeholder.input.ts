import { Field, ID, InputType, Int } from 'type-graphql';
import { StakeholderRole } from '../domain/enums.js';
import { NewOrganizationInput } from '../organization/new-organization.input.js';
import { ContributionInput } from './contribution.input.js';

@InputType('StakeholderInput', { description: 'Either an existing organizationId or a new organization' })
export class StakeholderInput {
  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => NewOrganizationInput, { nullable: true })
  organization?: NewOrganizationInput | null;

  @Field(() => [StakeholderRole])
  roles!: StakeholderRole[];

  @Field(() => String, { nullable: true })
  commitment?: string | null;

  @Field(() => [ContributionInput], { nullable: true })
  contributions?: ContributionInput[] | null;
}

@InputType('AddStakeholderInput')
export class AddStakeholderInput extends StakeholderInput {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => Int, { nullable: true, description: 'Refuse with CONFLICT if the partnership changed since' })
  expectedVersion?: number | null;
}

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

@InputType('RemoveStakeholderInput')
export class RemoveStakeholderInput {
  @Field(() => ID)
  stakeholderId!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}
