import { Field, Float, ObjectType } from 'type-graphql';
import type { SdgGoal as SdgGoalRecord, SdgTarget as SdgTargetRecord } from '@msp-atlas/sdg-framework';
import { SdgGoal } from '../framework/sdg-goal.type.js';
import { SdgTarget } from '../framework/sdg-target.type.js';
import { SdgEvidence } from '../suggestion/sdg-evidence.type.js';
import { SdgAgreement } from './sdg-agreement.js';

@ObjectType('SdgTargetAlignment', { description: 'One target a partnership declares or its text evidences' })
export class SdgTargetAlignment {
  @Field(() => SdgTarget)
  target!: SdgTargetRecord;

  @Field(() => SdgGoal)
  goal!: SdgGoalRecord;

  @Field(() => SdgAgreement)
  agreement!: SdgAgreement;

  @Field(() => Boolean)
  declared!: boolean;

  @Field(() => Float, { nullable: true, description: "The classifier's score when the text evidences the target" })
  score!: number | null;

  @Field(() => [SdgEvidence], { description: 'The passages of the record that point to the target' })
  evidence!: SdgEvidence[];
}
