import { Field, ObjectType } from 'type-graphql';

@ObjectType('HealthEvidence', { description: 'One figure a rule read' })
export class HealthEvidence {
  @Field(() => String, { description: 'Where it comes from: a field of Partnership or of a health signal' })
  field!: string;

  @Field(() => String)
  value!: string;

  @Field(() => String, { description: 'The figure in plain words' })
  text!: string;
}
