import { Field, ObjectType } from 'type-graphql';
import { Phase, SuccessFactor, SuccessFactorArea } from '../domain/enums.js';
import { HealthGap } from './health-gap.type.js';
import { HealthEvidence } from './health-evidence.type.js';
import { HealthNextStep } from './health-next-step.type.js';
import { HealthSource, HealthStatus } from './health-enums.js';
import { SelfScore } from './self-score.type.js';

@ObjectType('FactorHealth', { description: 'One success factor: its status from the data, the evidence, the next step and the self score beside it' })
export class FactorHealth {
  @Field(() => SuccessFactor)
  factor!: SuccessFactor;

  @Field(() => SuccessFactorArea)
  area!: SuccessFactorArea;

  @Field(() => HealthStatus)
  status!: HealthStatus;

  @Field(() => Phase, { description: 'The first phase in which the factor is expected' })
  expectedFrom!: Phase;

  @Field(() => HealthSource)
  source!: HealthSource;

  @Field(() => String, { description: 'What the data shows, in one sentence' })
  summary!: string;

  @Field(() => [HealthEvidence])
  evidence!: HealthEvidence[];

  @Field(() => HealthNextStep, { nullable: true, description: 'Null when there is nothing to do' })
  nextStep!: HealthNextStep | null;

  @Field(() => SelfScore, { nullable: true })
  selfScore!: SelfScore | null;

  @Field(() => HealthGap, { nullable: true })
  gap!: HealthGap | null;
}
