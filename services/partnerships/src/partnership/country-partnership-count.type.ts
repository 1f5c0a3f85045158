import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('CountryPartnershipCount', {
  description: 'How many partnerships matching a filter name one country: what `partnerships(filter)` with that country added would count',
})
export class CountryPartnershipCount {
  @Field(() => String, { description: 'ISO 3166-1 alpha-3' })
  country!: string;

  @Field(() => Int)
  partnershipCount!: number;
}
