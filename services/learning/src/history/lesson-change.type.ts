import { FieldChange } from '@msp-atlas/change-history-graphql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Account } from '../account/account.stub.js';

/** One change of a lesson: the shared change history's record, with this subgraph's own Account stub (see account.stub.ts). */
@ObjectType('LessonChange', { description: 'Who changed a lesson, when, and what' })
export class LessonChange {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The lesson's version after the change" })
  recordVersion!: number;

  @Field(() => String, { description: 'The mutation that made the change, e.g. "publishLesson"' })
  action!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => Account, { nullable: true, description: 'Who made the change; null for the system (demo data)' })
  actor!: Account | null;

  @Field(() => [FieldChange])
  changes!: FieldChange[];
}
