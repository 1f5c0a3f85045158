import { LocalDate } from '@msp-atlas/federation';
import { Field, ID, ObjectType } from 'type-graphql';

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
