import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('FundingConcentration', {
  description:
    'How concentrated the financial contributions in one currency are (amounts in different currencies are not comparable, so each currency gets its own figure)',
})
export class FundingConcentration {
  @Field(() => String, { description: 'ISO 4217 currency' })
  currency!: string;

  @Field(() => Float)
  totalAmount!: number;

  @Field(() => Int, { description: 'Organisations with a financial contribution in this currency' })
  funderCount!: number;

  @Field(() => ID, { nullable: true })
  largestFunderId!: string | null;

  @Field(() => Float, { description: "The largest funder's share of the total, 0 to 1" })
  largestFunderShare!: number;

  @Field(() => Float, { description: 'Herfindahl index: the sum of squared funder shares, 1/n (even) to 1 (one funder)' })
  herfindahlIndex!: number;
}
