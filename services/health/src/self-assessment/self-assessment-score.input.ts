import { Field, InputType, Int } from 'type-graphql';
import { SuccessFactor } from '../domain/enums.js';

@InputType('SelfAssessmentScoreInput')
export class SelfAssessmentScoreInput {
  @Field(() => SuccessFactor)
  factor!: SuccessFactor;

  @Field(() => Int, { description: '1 (weak) to 5 (strong)' })
  score!: number;

  @Field(() => String, { nullable: true, description: 'Why this score; at most 2,000 characters' })
  note?: string | null;
}
