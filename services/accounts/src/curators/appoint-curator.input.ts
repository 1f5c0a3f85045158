import { Field, InputType } from 'type-graphql';

@InputType('AppointCuratorInput')
export class AppointCuratorInput {
  @Field(() => String, { description: 'E-mail address of the account to appoint; it must have signed up' })
  email!: string;

  @Field(() => [String], { description: 'ISO 3166-1 alpha-3 codes; added to the countries the account already curates' })
  countries!: string[];
}
