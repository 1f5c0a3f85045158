import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType('SdgReportingTotal', { description: 'Money converted into one reporting currency with a dated rates table' })
export class SdgReportingTotal {
  @Field(() => String)
  currency!: string;

  @Field(() => Float, { description: 'All amounts in currencies the table has, converted and added' })
  amount!: number;

  @Field(() => String, { description: 'The date of the rates table (ISO 8601)' })
  ratesDate!: string;

  @Field(() => String, { description: 'Where the rates come from' })
  ratesSource!: string;

  @Field(() => [String], { description: 'Currencies the table lacks: their amounts are left out of the total' })
  unconvertedCurrencies!: string[];
}
