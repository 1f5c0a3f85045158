import { LocalDate } from '@msp-atlas/federation';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DecisionMaking, MilestoneStatus } from '../domain/enums.js';

@InputType('GovernanceInput')
export class GovernanceInput {
  @Field(() => ID, { nullable: true, description: 'Organisation hosting the secretariat' })
  secretariatHostId?: string | null;

  @Field(() => Int, { nullable: true })
  secretariatStaffCount?: number | null;

  @Field(() => LocalDate, { nullable: true })
  mouSignedOn?: string | null;

  @Field(() => DecisionMaking, { nullable: true })
  decisionMaking?: DecisionMaking | null;

  @Field(() => [String], { nullable: true })
  communicationChannels?: string[] | null;
}

@InputType('MilestoneInput', { description: 'Give the id of an existing milestone to keep it' })
export class MilestoneInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => LocalDate, { nullable: true })
  dueOn?: string | null;

  @Field(() => MilestoneStatus, { nullable: true, defaultValue: MilestoneStatus.PLANNED })
  status?: MilestoneStatus | null;
}

@InputType('IndicatorInput', { description: 'Give the id of an existing indicator to keep it and its reported values' })
export class IndicatorInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  unit?: string | null;

  @Field(() => Float, { nullable: true })
  baseline?: number | null;

  @Field(() => Float, { nullable: true })
  target?: number | null;

  @Field(() => String, { nullable: true })
  sdgIndicatorCode?: string | null;
}
