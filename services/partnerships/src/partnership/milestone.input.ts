import { LocalDate } from '@msp-atlas/federation';
import { Field, ID, InputType } from 'type-graphql';
import { MilestoneStatus } from '../domain/enums.js';

@InputType('MilestoneInput', { description: 'Give the id of an existing milestone to keep it' })
export class MilestoneInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => LocalDate, { nullable: true })
  dueOn?: string | null;

  @Field(() => MilestoneStatus, { nullable: true, defaultValue: MilestoneStatus.PLANNED })
  status?: MilestoneStatus | null;
}
