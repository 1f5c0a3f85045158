import { Field, ID, ObjectType } from 'type-graphql';
import { StakeholderRole } from '../domain/enums.js';

@ObjectType('Stakeholder', { description: "An organisation's part in one partnership" })
export class Stakeholder {
  @Field(() => ID)
  id!: string;

  partnershipId!: string;
  organizationId!: string;

  @Field(() => [StakeholderRole])
  roles!: StakeholderRole[];

  @Field(() => String, { description: 'What the organisation promises to do' })
  commitment!: string;

  @Field(() => Date)
  joinedAt!: Date;
}
