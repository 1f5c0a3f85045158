import { Field, Int, ObjectType } from 'type-graphql';
import { PartnershipReference } from '../overlaps/partnership.reference.js';
import { CombinedResources } from './combined-resources.type.js';

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
