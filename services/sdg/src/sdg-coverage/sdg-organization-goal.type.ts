import { Field, Int, ObjectType } from 'type-graphql';
import type { SdgGoal as SdgGoalRecord, SdgTarget as SdgTargetRecord } from '@msp-atlas/sdg-framework';
import { SdgGoal } from '../framework/sdg-goal.type.js';
import { SdgTarget } from '../framework/sdg-target.type.js';

@ObjectType('SdgOrganizationGoal')
export class SdgOrganizationGoal {
  @Field(() => SdgGoal)
  goal!: SdgGoalRecord;

  @Field(() => Int, { description: "The organisation's partnerships declaring targets of the goal" })
  partnerships!: number;

  @Field(() => [SdgTarget], { description: 'The targets of the goal they declare, in order' })
  targets!: SdgTargetRecord[];
}
