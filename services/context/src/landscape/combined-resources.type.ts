import { Field, Float, ObjectType } from 'type-graphql';
import { MoneyAmount } from './money-amount.type.js';

@ObjectType('CombinedResources', { description: 'What the stakeholders contribute, summed' })
export class CombinedResources {
  @Field(() => [MoneyAmount], { description: 'Per currency, largest first' })
  funding!: MoneyAmount[];

  @Field(() => Float)
  personDays!: number;
}
