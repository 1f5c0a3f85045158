import { Field, InputType } from 'type-graphql';

@InputType('AppointModeratorInput')
export class AppointModeratorInput {
  @Field(() => String, { description: 'E-mail address of the account to appoint; it must have signed up' })
  email!: string;

  @Field(() => String, { description: 'What the account moderates: `learning` (the learning library)' })
  scope!: string;
}
