import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SuccessFactor } from '../domain/enums.js';
import { HealthGapKind } from './health-enums.js';

@ObjectType('HealthGap', { description: "Where the members' own score and the data disagree" })
export class HealthGap {
  @Field(() => SuccessFactor)
  factor!: SuccessFactor;

  @Field(() => HealthGapKind)
  kind!: HealthGapKind;

  @Field(() => Int)
  selfScore!: number;

  @Field(() => Float, { description: "The data's status on the same 1..5 scale" })
  dataScore!: number;

  @Field(() => String)
  text!: string;
}
