import { Field, Float, InputType } from 'type-graphql';
import { ContributionKind } from '../domain/enums.js';

@InputType('ContributionInput', {
  description: 'FINANCIAL needs amount and currency; STAFF_TIME needs personDays; IN_KIND may carry an estimated value',
})
export class ContributionInput {
  @Field(() => ContributionKind)
  kind!: ContributionKind;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Float, { nullable: true })
  amount?: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217' })
  currency?: string | null;

  @Field(() => Float, { nullable: true })
  personDays?: number | null;
}
