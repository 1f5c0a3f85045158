import { FieldChange } from '@msp-atlas/change-history-graphql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AccountReference } from '../account/account.reference.js';

/** One change of a lesson: the shared change history's record, with this subgraph's own Account reference (see account.reference.ts). */
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

  @Field(() => AccountReference, { nullable: true, description: 'Who made the change; null for the system (demo data)' })
  actor!: AccountReference | null;

  @Field(() => [FieldChange])
  changes!: FieldChange[];
}
