import { Field, ID, InputType } from 'type-graphql';
import { OrganizationType, PartnershipStatus, Phase } from '../domain/enums.js';

@InputType('PartnershipFilter', {
  description: 'Each list matches any of its values; given fields all have to match',
})
export class PartnershipFilter {
  @Field(() => [Phase], { nullable: true })
  phases?: Phase[] | null;

  @Field(() => [PartnershipStatus], { nullable: true })
  statuses?: PartnershipStatus[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-3' })
  countries?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'UN M49 codes: partnerships naming the region, or working in a country inside it',
  })
  regions?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'OECD DAC 3-digit sector codes' })
  sectors?: string[] | null;

  @Field(() => [OrganizationType], { nullable: true, description: 'Has a stakeholder of one of these types' })
  stakeholderTypes?: OrganizationType[] | null;

  @Field(() => [ID], { nullable: true, description: 'Has one of these organisations as a stakeholder' })
  organizationIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'SDG goal codes, e.g. "6"' })
  sdgGoals?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'SDG target codes, e.g. "6.1"' })
  sdgTargets?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Words to find in name, summary and description' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only demo records (true) or only real ones (false)' })
  isDemo?: boolean | null;
}
