import { Field, ObjectType } from 'type-graphql';

@ObjectType('HealthNextStep', { description: 'What to do next, in plain words' })
export class HealthNextStep {
  @Field(() => String, { description: 'Stable, for a translation of the text' })
  code!: string;

  @Field(() => String, { description: 'In English' })
  text!: string;
}
