import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { GrantType } from './grant.type.js';

@Directive('@key(fields: "id")')
@ObjectType('Account', { description: 'A person signed up on the platform; other services refer to accounts by id' })
export class Account {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Shown only to the account itself and to administrators' })
  email!: string | null;

  @Field(() => Boolean, { description: 'Administrators appoint curators' })
  isAdmin!: boolean;

  @Field(() => [String], { description: 'ISO 3166-1 alpha-3 codes of the countries this account curates' })
  curatorCountries!: string[];

  @Field(() => [GrantType], { description: 'Every role the account holds, with where it holds it' })
  grants!: GrantType[];
}
