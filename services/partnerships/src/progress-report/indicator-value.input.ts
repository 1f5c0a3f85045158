import { Field, Float, ID, InputType } from 'type-graphql';

@InputType('IndicatorValueInput')
export class IndicatorValueInput {
  @Field(() => ID)
  indicatorId!: string;

  @Field(() => Float)
  value!: number;
}
