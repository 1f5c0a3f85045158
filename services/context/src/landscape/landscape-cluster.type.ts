import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PartnershipReference } from '../overlaps/partnership.reference.js';
import { CombinedResources } from './combined-resources.type.js';

@ObjectType('LandscapeCluster', { description: 'Initiatives that work on the same thing in the same place' })
export class LandscapeCluster {
  @Field(() => ID, { description: 'Stable for the same members' })
  id!: string;

  @Field(() => [PartnershipReference])
  members!: PartnershipReference[];

  @Field(() => [String], { description: 'Targets at least two members serve' })
  sharedTargets!: string[];

  @Field(() => [String], { description: 'Countries at least two members work in' })
  sharedCountries!: string[];

  @Field(() => Int, { description: 'Organisations in the members, each counted once' })
  organizationCount!: number;

  @Field(() => CombinedResources)
  resources!: CombinedResources;
}
