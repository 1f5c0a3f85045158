import { Field, Int, ObjectType } from 'type-graphql';
import { SdgMoney } from './sdg-money.type.js';
import { SdgOrganizationGoal } from './sdg-organization-goal.type.js';

@ObjectType('SdgOrganizationProfile', { description: "The goals an organisation's partnerships declare, and the money it brings to them" })
export class SdgOrganizationProfile {
  @Field(() => Int, { description: 'Partnerships the organisation takes part in' })
  partnerships!: number;

  @Field(() => [SdgOrganizationGoal], { description: 'Goals in order, only those declared' })
  goals!: SdgOrganizationGoal[];

  @Field(() => [SdgMoney], { description: 'What the organisation itself contributes, summed per currency' })
  money!: SdgMoney[];
}
