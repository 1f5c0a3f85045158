import { LocalDate } from '@msp-atlas/federation';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ContactPersonInput } from '../contact/contact-person.input.js';
import { PartnershipStatus, Scope } from '../domain/enums.js';
import { GovernanceInput } from './governance.input.js';
import { IndicatorInput } from './indicator.input.js';
import { MilestoneInput } from './milestone.input.js';

@InputType('UpdatePartnershipInput', {
  description:
    'Fields left out stay as they are; null clears an optional field; lists, if given, replace the stored list. The phase changes through changePhase.',
})
export class UpdatePartnershipInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on; a newer stored version is refused with CONFLICT' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => PartnershipStatus, { nullable: true })
  status?: PartnershipStatus | null;

  @Field(() => Scope, { nullable: true })
  scope?: Scope | null;

  @Field(() => [String], { nullable: true })
  countries?: string[] | null;

  @Field(() => [String], { nullable: true })
  regions?: string[] | null;

  @Field(() => [String], { nullable: true })
  sectors?: string[] | null;

  @Field(() => [String], { nullable: true })
  sdgTargets?: string[] | null;

  @Field(() => LocalDate, { nullable: true })
  startDate?: string | null;

  @Field(() => LocalDate, { nullable: true })
  endDate?: string | null;

  @Field(() => [String], { nullable: true })
  objectives?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The problem the partners share, in their own words; at most 5,000 characters' })
  problemStatement?: string | null;

  @Field(() => String, { nullable: true, description: 'How the work continues, scales or is handed over; at most 5,000 characters' })
  continuationPlan?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date of the latest evaluation; not in the future' })
  lastEvaluatedOn?: string | null;

  @Field(() => GovernanceInput, { nullable: true, description: 'Replaces the governance record as a whole' })
  governance?: GovernanceInput | null;

  @Field(() => [MilestoneInput], { nullable: true })
  milestones?: MilestoneInput[] | null;

  @Field(() => [IndicatorInput], { nullable: true })
  indicators?: IndicatorInput[] | null;

  @Field(() => [ContactPersonInput], { nullable: true, description: 'Replaces the contact persons; at most 10; shown to members only' })
  contacts?: ContactPersonInput[] | null;
}
