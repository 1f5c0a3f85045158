import { Field, InputType } from 'type-graphql';
import { Phase } from '../domain/enums.js';

@InputType('HealthOverviewFilter', { description: 'Each list matches any of its values; given fields all have to match' })
export class HealthOverviewFilter {
  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-3' })
  countries?: string[] | null;

  @Field(() => [Phase], { nullable: true })
  phases?: Phase[] | null;

  @Field(() => [String], { nullable: true, description: 'OECD DAC 3-digit sector codes' })
  sectors?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Count demo records too (the default, as the partnership list does); false leaves them out' })
  includeDemo?: boolean | null;
}
