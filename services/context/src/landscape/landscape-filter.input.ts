import { Field, InputType, Int } from 'type-graphql';

@InputType('LandscapeFilterInput', { description: 'Where (countries, regions: at least one) and, optionally, on what (SDG goals or targets)' })
export class LandscapeFilterInput {
  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-3' })
  countries?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'UN M49: initiatives in the region or in any of its countries' })
  regions?: string[] | null;

  @Field(() => [Int], { nullable: true, description: 'SDG goals 1..17, declared or suggested' })
  sdgGoals?: number[] | null;

  @Field(() => [String], { nullable: true, description: 'SDG targets such as 6.1, declared or suggested' })
  sdgTargets?: string[] | null;
}
