import { LocalDate } from '@msp-atlas/federation';
import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType('IndicatorValueInput')
export class IndicatorValueInput {
  @Field(() => ID)
  indicatorId!: string;

  @Field(() => Float)
  value!: number;
}

@InputType('SubmitProgressReportInput')
export class SubmitProgressReportInput {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => LocalDate)
  periodStart!: string;

  @Field(() => LocalDate)
  periodEnd!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Today when left out' })
  reportedOn?: string | null;

  @Field(() => String)
  summary!: string;

  @Field(() => [IndicatorValueInput], { nullable: true })
  indicatorValues?: IndicatorValueInput[] | null;
}
