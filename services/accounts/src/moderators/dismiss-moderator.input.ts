import { Field, ID, InputType } from 'type-graphql';

@InputType('DismissModeratorInput')
export class DismissModeratorInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => String, { description: 'What the account stops moderating' })
  scope!: string;
}
