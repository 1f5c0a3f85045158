import { Field, ID, InputType } from 'type-graphql';

@InputType('DismissCuratorInput')
export class DismissCuratorInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => [String], { description: 'The countries the account stops curating' })
  countries!: string[];
}
