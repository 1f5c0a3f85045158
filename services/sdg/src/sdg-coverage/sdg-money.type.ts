import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType('SdgMoney', { description: 'An amount in one currency, never converted' })
export class SdgMoney {
  @Field(() => String, { description: 'ISO 4217 code' })
  currency!: string;

  @Field(() => Float)
  amount!: number;
}
