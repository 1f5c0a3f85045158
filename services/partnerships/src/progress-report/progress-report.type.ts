import { LocalDate } from '@msp-atlas/federation';
import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType('IndicatorValue', { description: 'The value an indicator reached in a reporting period' })
export class IndicatorValue {
  @Field(() => ID)
  indicatorId!: string;

  @Field(() => Float)
  value!: number;
}

@ObjectType('ProgressReport')
export class ProgressReport {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDate)
  periodStart!: string;

  @Field(() => LocalDate)
  periodEnd!: string;

  @Field(() => LocalDate)
  reportedOn!: string;

  @Field(() => String)
  summary!: string;
}
