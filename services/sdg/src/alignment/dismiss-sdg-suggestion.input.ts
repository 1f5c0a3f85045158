import { Field, ID, InputType } from 'type-graphql';

@InputType('DismissSdgSuggestionInput')
export class DismissSdgSuggestionInput {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String, { description: 'The suggested target, e.g. "6.1"' })
  target!: string;
}
