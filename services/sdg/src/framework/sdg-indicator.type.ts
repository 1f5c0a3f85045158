import { Directive, Field, ObjectType } from 'type-graphql';

/** Backed by the framework package's indicator record; see SdgIndicatorFieldsResolver. */
@Directive('@key(fields: "code")')
@ObjectType('SdgIndicator', {
  description: 'An indicator as listed under one target; some indicators are listed under several',
})
export class SdgIndicator {
  @Field(() => String, { description: 'Indicator code in IATI form, e.g. "6.1.1"' })
  code!: string;

  @Field(() => String, { description: 'The code shared by every listing of the same indicator' })
  uniqueIndicatorId!: string;
}
