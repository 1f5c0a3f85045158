import { LocalDate } from '@msp-atlas/federation';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IndicatorValueInput } from './indicator-value.input.js';

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
