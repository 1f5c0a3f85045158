import { Field, Int, ObjectType } from 'type-graphql';
import { SuccessFactor } from '../domain/enums.js';

@ObjectType('SelfAssessmentScore')
export class SelfAssessmentScore {
  @Field(() => SuccessFactor)
  factor!: SuccessFactor;

  @Field(() => Int, { description: '1 (weak) to 5 (strong)' })
  score!: number;

  @Field(() => String)
  note!: string;
}
