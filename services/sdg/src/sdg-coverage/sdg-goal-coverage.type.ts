import { Field, Int, ObjectType } from 'type-graphql';
import type { SdgGoal as SdgGoalRecord } from '@msp-atlas/sdg-framework';
import { SdgGoal } from '../framework/sdg-goal.type.js';
import { SdgMoney } from './sdg-money.type.js';
import { SdgTargetCoverage } from './sdg-target-coverage.type.js';

@ObjectType('SdgGoalCoverage')
export class SdgGoalCoverage {
  @Field(() => SdgGoal)
  goal!: SdgGoalRecord;

  @Field(() => Int, { description: "Partnerships declaring at least one of the goal's targets, each once" })
  partnerships!: number;

  @Field(() => Int)
  organizations!: number;

  @Field(() => [SdgMoney], { description: 'Each of those partnerships counted once' })
  money!: SdgMoney[];

  @Field(() => [SdgTargetCoverage], { description: 'Every target of the goal, in order, those no partnership serves included' })
  targets!: SdgTargetCoverage[];
}
