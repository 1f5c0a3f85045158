import { Directive, Field, ObjectType } from 'type-graphql';

/** Backed by the framework package's target record; see SdgTargetFieldsResolver. */
@Directive('@key(fields: "code")')
@ObjectType('SdgTarget', { description: 'One of the 169 SDG targets' })
export class SdgTarget {
  @Field(() => String, { description: 'Target code in IATI form, e.g. "6.1" or "6.a"' })
  code!: string;
}
