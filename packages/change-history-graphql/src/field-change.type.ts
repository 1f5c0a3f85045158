import { Directive, Field, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';

// Shareable: every subgraph with a change history defines this type, identically.
@Directive('@shareable')
@ObjectType('FieldChange', { description: 'One field of a record before and after a change' })
export class FieldChange {
  @Field(() => String, { description: 'The API field that changed; an item of a list as `list[<id>]`, e.g. `stakeholders[<organization id>]`' })
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value before the change; null when it had none or when redacted' })
  oldValue!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value after the change; null when it has none or when redacted' })
  newValue!: unknown;

  @Field(() => Boolean, { description: 'The values are personal data this viewer may not see, so both are null' })
  redacted!: boolean;
}
