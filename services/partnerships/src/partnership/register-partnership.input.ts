import { LocalDate } from '@msp-atlas/federation';
import { Field, InputType } from 'type-graphql';
import { ContactPersonInput } from '../contact/contact-person.input.js';
import { PartnershipStatus, Phase, Scope } from '../domain/enums.js';
import { StakeholderInput } from '../stakeholder/stakeholder.input.js';
import { GovernanceInput } from './governance.input.js';
import { IndicatorInput } from './indicator.input.js';
import { MilestoneInput } from './milestone.input.js';

@InputType('RegisterPartnershipInput')
export class RegisterPartnershipInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Derived from the name when left out' })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => Phase, { nullable: true, defaultValue: Phase.INITIATION })
  phase?: Phase | null;

  @Field(() => PartnershipStatus, { nullable: true, defaultValue: PartnershipStatus.ACTIVE })
  status?: PartnershipStatus | null;

  @Field(() => Scope)
  scope!: Scope;

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

  @Field(() => GovernanceInput, { nullable: true })
  governance?: GovernanceInput | null;

  @Field(() => [MilestoneInput], { nullable: true })
  milestones?: MilestoneInput[] | null;

  @Field(() => [IndicatorInput], { nullable: true })
  indicators?: IndicatorInput[] | null;

  @Field(() => [StakeholderInput], { nullable: true })
  stakeholders?: StakeholderInput[] | null;

  @Field(() => [ContactPersonInput], { nullable: true, description: 'At most 10; shown to members only' })
  contacts?: ContactPersonInput[] | null;
}
