import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { AccountReference } from './account.reference.js';
import { FieldChange } from './field-change.type.js';

// Shareable: every subgraph with a change history defines this type, identically.
@Directive('@shareable')
@ObjectType('ChangeRecord', { description: 'Who changed a record, when, and what' })
export class ChangeRecord {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The record's version after the change" })
  recordVersion!: number;

  @Field(() => String, { description: 'The mutation that made the change, e.g. "updatePartnership"' })
  action!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => AccountReference, { nullable: true, description: 'Who made the change; null for the system (demo data)' })
  actor!: AccountReference | null;

  @Field(() => [FieldChange], { description: 'The fields that changed, in a fixed order per action' })
  changes!: FieldChange[];
}
