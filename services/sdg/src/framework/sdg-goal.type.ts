import { Directive, Field, Int, ObjectType } from 'type-graphql';

/**
 * Resolvers hand out the framework package's frozen goal records as they are; the
 * localised titles and the targets are field resolvers (SdgGoalFieldsResolver).
 */
@Directive('@key(fields: "code")')
@ObjectType('SdgGoal', { description: 'One of the 17 Sustainable Development Goals' })
export class SdgGoal {
  @Field(() => String, { description: 'Goal code in IATI form, e.g. "6"' })
  code!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => String, { description: "The goal's colour in the UN palette, as #RRGGBB" })
  color!: string;
}
