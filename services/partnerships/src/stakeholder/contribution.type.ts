import { Field, Float, ID, ObjectType } from 'type-graphql';
import { ContributionKind } from '../domain/enums.js';

@ObjectType('Contribution', { description: 'Resources an organisation brings: money, in kind, or staff time' })
export class Contribution {
  @Field(() => ID)
  id!: string;

  @Field(() => ContributionKind)
  kind!: ContributionKind;

  @Field(() => String)
  description!: string;

  @Field(() => Float, { nullable: true, description: 'Money, or the estimated value of an in-kind contribution' })
  amount!: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency of the amount' })
  currency!: string | null;

  @Field(() => Float, { nullable: true, description: 'Staff time in person-days' })
  personDays!: number | null;
}
