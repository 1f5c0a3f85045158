import { Field, Float, ID, InputType } from 'type-graphql';

@InputType('IndicatorInput', { description: 'Give the id of an existing indicator to keep it and its reported values' })
export class IndicatorInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  unit?: string | null;

  @Field(() => Float, { nullable: true })
  baseline?: number | null;

  @Field(() => Float, { nullable: true })
  target?: number | null;

  @Field(() => String, { nullable: true })
  sdgIndicatorCode?: string | null;
}
