import { Field, InputType } from 'type-graphql';

@InputType('SdgCoverageFilter', { description: "Which partnerships coverage counts; the same meaning as the registry's partnership filter" })
export class SdgCoverageFilter {
  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-3 codes: partnerships working in any of them' })
  countries?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'UN M49 codes: partnerships naming the region, or working in a country inside it' })
  regions?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A phase (INITIATION, DESIGN, IMPLEMENTATION, FURTHER_DEVELOPMENT)' })
  phase?: string | null;

  @Field(() => String, { nullable: true, description: 'A status (ACTIVE, INACTIVE, COMPLETED)' })
  status?: string | null;
}
