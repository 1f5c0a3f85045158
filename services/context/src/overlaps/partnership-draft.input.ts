import { Field, InputType } from 'type-graphql';
import { DraftStakeholderInput } from './draft-stakeholder.input.js';

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
