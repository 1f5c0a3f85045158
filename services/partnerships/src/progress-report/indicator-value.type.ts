import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType('IndicatorValue', { description: 'The value an indicator reached in a reporting period' })
export class IndicatorValue {
  @Field(() => ID)
  indicatorId!: string;

  @Field(() => Float)
  value!: number;
}
