import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType('Indicator', { description: 'A measure the partnership tracks its results with' })
export class Indicator {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => Float, { nullable: true })
  baseline!: number | null;

  @Field(() => Float, { nullable: true })
  target!: number | null;

  @Field(() => String, { nullable: true, description: 'SDG indicator this one reports on, e.g. "6.1.1"' })
  sdgIndicatorCode!: string | null;
}
