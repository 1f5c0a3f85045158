import { LocalDate } from '@msp-atlas/federation';
import { Field, ID, ObjectType } from 'type-graphql';
import { MilestoneStatus } from '../domain/enums.js';

@ObjectType('Milestone')
export class Milestone {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => LocalDate, { nullable: true })
  dueOn!: string | null;

  @Field(() => MilestoneStatus)
  status!: MilestoneStatus;
}
