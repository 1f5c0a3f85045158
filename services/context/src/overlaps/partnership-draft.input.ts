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

@InputType('PartnershipDraftInput', { description: 'A partnership not registered yet, as the registration form holds it; nothing is stored' })
export class PartnershipDraftInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true })
  objectives?: string[] | null;

  @Field(() => String, { nullable: true, description: 'LOCAL, NATIONAL, REGIONAL or GLOBAL; NATIONAL when left out' })
  scope?: string | null;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-3' })
  countries?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'UN M49' })
  regions?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'OECD DAC 3-digit' })
  sectors?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Declared SDG targets, e.g. 6.1 (a draft has no suggested ones)' })
  sdgTargets?: string[] | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601 date' })
  startDate?: string | null;

  @Field(() => [DraftStakeholderInput], { nullable: true })
  stakeholders?: DraftStakeholderInput[] | null;
}
