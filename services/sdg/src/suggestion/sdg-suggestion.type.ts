import { Field, Float, ObjectType } from 'type-graphql';
import type { SdgGoal as SdgGoalRecord, SdgTarget as SdgTargetRecord } from '@msp-atlas/sdg-framework';
import { SdgGoal } from '../framework/sdg-goal.type.js';
import { SdgTarget } from '../framework/sdg-target.type.js';
import { SdgEvidence } from './sdg-evidence.type.js';

@ObjectType('SdgSuggestion', { description: 'A goal, or a target of it, a text appears to serve' })
export class SdgSuggestion {
  @Field(() => SdgGoal)
  goal!: SdgGoalRecord;

  @Field(() => SdgTarget, { nullable: true, description: 'Null when the goal as a whole is suggested' })
  target!: SdgTargetRecord | null;

  @Field(() => Float, { description: '0..1, higher is surer; comparable across goals' })
  score!: number;

  @Field(() => [SdgEvidence])
  evidence!: SdgEvidence[];
}
