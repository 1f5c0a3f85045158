import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('HealthOverviewGroup', { description: 'One column of the overview: a phase or a country, and how many partnerships it counts' })
export class HealthOverviewGroup {
  @Field(() => String, { description: 'A Phase code, or an ISO 3166-1 alpha-3 country code' })
  key!: string;

  @Field(() => Int)
  partnerships!: number;
}
