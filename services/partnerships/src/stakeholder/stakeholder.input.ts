import { Field, ID, InputType } from 'type-graphql';
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
