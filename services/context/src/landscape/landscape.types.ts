import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { OverlapKind } from '../overlaps/overlap-kind.enum.js';
import { PartnershipReference } from '../overlaps/partnership.reference.js';

@ObjectType('MoneyAmount', { description: 'An amount in one currency, never converted' })
export class MoneyAmount {
  @Field(() => String, { description: 'ISO 4217' })
  currency!: string;

  @Field(() => Float)
  amount!: number;
}

@ObjectType('CombinedResources', { description: 'What the stakeholders contribute, summed' })
export class CombinedResources {
  @Field(() => [MoneyAmount], { description: 'Per currency, largest first' })
  funding!: MoneyAmount[];

  @Field(() => Float)
  personDays!: number;
}

@ObjectType('LandscapeInitiative', { description: 'One initiative of a landscape, for the comparison table' })
export class LandscapeInitiative {
  @Field(() => PartnershipReference)
  partnership!: PartnershipReference;

  @Field(() => String, { description: 'The name as the index holds it (for the table and its CSV without another fetch)' })
  name!: string;

  @Field(() => String)
  scope!: string;

  @Field(() => String)
  phase!: string;

  @Field(() => String)
  status!: string;

  @Field(() => [String])
  countries!: string[];

  @Field(() => [String])
  sectors!: string[];

  @Field(() => [String], { description: 'Declared SDG targets' })
  sdgTargets!: string[];

  @Field(() => [String], { description: 'Targets the SDG service suggests from its text' })
  suggestedTargets!: string[];

  @Field(() => Int)
  organizationCount!: number;

  @Field(() => CombinedResources)
  resources!: CombinedResources;

  @Field(() => String, { nullable: true, description: 'The cluster it belongs to, if any' })
  clusterId!: string | null;
}

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

@ObjectType('LandscapeLink', { description: 'An edge of the network view: two initiatives that overlap' })
export class LandscapeLink {
  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => Float)
  score!: number;

  @Field(() => OverlapKind)
  kind!: OverlapKind;
}

@ObjectType('TargetFragmentation', {
  description:
    'How fragmented the work on one target in one country is: many small initiatives with few shared organisations score high. fragmentation = (1 - 1/n) × (1 - linkedShare) × (0.5 + 0.5 × smallShare)',
})
export class TargetFragmentation {
  @Field(() => String)
  target!: string;

  @Field(() => String)
  country!: string;

  @Field(() => Int, { description: 'Active initiatives on the target in the country' })
  initiativeCount!: number;

  @Field(() => Float, { description: 'Share of pairs of them that have an organisation in common, 0..1' })
  linkedShare!: number;

  @Field(() => Float, { description: 'Share of them with three organisations or fewer, 0..1' })
  smallShare!: number;

  @Field(() => Float, { description: '0..1' })
  fragmentation!: number;
}

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
