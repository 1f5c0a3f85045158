import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType('MoneyAmount', { description: 'An amount in one currency, never converted' })
export class MoneyAmount {
  @Field(() => String, { description: 'ISO 4217' })
  currency!: string;

  @Field(() => Float)
  amount!: number;
}
