import { Field, Int, ObjectType } from 'type-graphql';
import type { SdgGoal as SdgGoalRecord, SdgTarget as SdgTargetRecord } from '@msp-atlas/sdg-framework';
import { SdgGoal } from '../framework/sdg-goal.type.js';
import { SdgTarget } from '../framework/sdg-target.type.js';
import { SdgSuggestion } from '../suggestion/sdg-suggestion.type.js';
import { SdgAlignmentVerdict } from './sdg-alignment-verdict.type.js';
import { SdgTargetAlignment } from './sdg-target-alignment.type.js';

@ObjectType('SdgAlignment', {
  description: "A partnership's declared targets against those its own text (name, summary, description, objectives) evidences",
})
export class SdgAlignment {
  @Field(() => Int, { description: 'The registry version of the partnership this alignment reflects' })
  partnershipVersion!: number;

  @Field(() => [SdgTarget], { description: 'The targets the partnership declares, in SDG order' })
  declaredTargets!: SdgTargetRecord[];

  @Field(() => [SdgGoal], { description: 'The goals of the declared and evidenced targets, in order' })
  goals!: SdgGoalRecord[];

  @Field(() => [SdgTargetAlignment], { description: 'Every declared or evidenced target with how the two agree, in SDG order' })
  targets!: SdgTargetAlignment[];

  @Field(() => [SdgSuggestion], {
    description: 'Targets and goals suggested from the text and not declared, best first, without those the viewer dismissed',
  })
  suggestions!: SdgSuggestion[];

  @Field(() => SdgAlignmentVerdict)
  verdict!: SdgAlignmentVerdict;

  @Field(() => Date, { description: 'When this service last read the partnership' })
  computedAt!: Date;
}
