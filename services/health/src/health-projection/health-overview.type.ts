import { Field, Int, ObjectType } from 'type-graphql';
import { HealthOverviewCell } from './health-overview-cell.type.js';
import { HealthOverviewGroup } from './health-overview-group.type.js';

@ObjectType('HealthOverview', {
  description: 'The health statuses of many partnerships counted per success factor and phase or country, for national platforms',
})
export class HealthOverview {
  @Field(() => Int, { description: 'Partnerships counted: published and matching the filter' })
  partnerships!: number;

  @Field(() => Date, { nullable: true, description: 'The oldest evaluation among them (how stale the counts can be); null when none' })
  evaluatedAt!: Date | null;

  @Field(() => [HealthOverviewGroup], { description: 'Phases in order, or countries by partnership count, most first' })
  groups!: HealthOverviewGroup[];

  @Field(() => [HealthOverviewCell], { description: 'One per success factor and group, factors in the framework order' })
  cells!: HealthOverviewCell[];
}
