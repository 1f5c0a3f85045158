import { Field, Int, ObjectType } from 'type-graphql';
import type { SdgTarget as SdgTargetRecord } from '@msp-atlas/sdg-framework';
import { SdgTarget } from '../framework/sdg-target.type.js';
import { SdgGoalCoverage } from './sdg-goal-coverage.type.js';
import { SdgMoney } from './sdg-money.type.js';
import { SdgReportingTotal } from './sdg-reporting-total.type.js';
import { SdgTargetCoverage } from './sdg-target-coverage.type.js';

@ObjectType('SdgCoverage', { description: 'Which goals and targets the selected partnerships serve, by their declared targets' })
export class SdgCoverage {
  @Field(() => Int, { description: 'Partnerships selected that declare at least one target' })
  partnerships!: number;

  @Field(() => Int)
  organizations!: number;

  @Field(() => [SdgMoney], { description: 'Financial contributions of those partnerships, summed per currency' })
  money!: SdgMoney[];

  @Field(() => SdgReportingTotal, {
    nullable: true,
    description: 'The money in one reporting currency; null unless the service is configured with a rates table (SDG_RATES_FILE)',
  })
  reportingTotal!: SdgReportingTotal | null;

  @Field(() => [SdgGoalCoverage], { description: 'All 17 goals in order' })
  goals!: SdgGoalCoverage[];

  @Field(() => [SdgTargetCoverage], { description: 'All 169 targets in SDG order, as in goals, in one list (lighter to ask for than goals { targets })' })
  targets!: SdgTargetCoverage[];

  @Field(() => [SdgTarget], { description: 'Targets no selected partnership declares, in SDG order' })
  orphanedTargets!: SdgTargetRecord[];
}
