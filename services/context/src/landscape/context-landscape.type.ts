import { Field, Int, ObjectType } from 'type-graphql';
import { LandscapeInitiative } from './landscape-initiative.type.js';
import { LandscapeCluster } from './landscape-cluster.type.js';
import { LandscapeLink } from './landscape-link.type.js';
import { TargetFragmentation } from './target-fragmentation.type.js';

@ObjectType('ContextLandscape', { description: 'Who works on what, where: clusters, the network of overlaps, fragmentation, and the initiatives' })
export class ContextLandscape {
  @Field(() => Int, { description: 'Initiatives that match the filter' })
  initiativeCount!: number;

  @Field(() => Boolean, { description: 'More matched than a landscape holds (see LANDSCAPE_LIMIT); the rest are left out' })
  truncated!: boolean;

  @Field(() => [LandscapeInitiative], { description: 'By name' })
  initiatives!: LandscapeInitiative[];

  @Field(() => [LandscapeCluster], { description: 'Largest first' })
  clusters!: LandscapeCluster[];

  @Field(() => [LandscapeLink])
  links!: LandscapeLink[];

  @Field(() => [TargetFragmentation], { description: 'Most fragmented first; only targets with two initiatives or more in a country' })
  fragmentation!: TargetFragmentation[];
}
