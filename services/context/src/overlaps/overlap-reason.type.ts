import { Field, ObjectType } from 'type-graphql';
import { OverlapReasonKind } from './overlap-kind.enum.js';
import { OrganizationReference } from './organization.reference.js';

@ObjectType('OverlapReason', { description: 'One thing two initiatives have in common, in words a person can read' })
export class OverlapReason {
  @Field(() => OverlapReasonKind)
  kind!: OverlapReasonKind;

  @Field(() => String, { description: 'The reason in a sentence (English); clients may word it from `kind` and `codes`' })
  text!: string;

  @Field(() => [String], {
    description: "The shared SDG targets or goals, countries (ISO 3166-1 alpha-3), regions (M49), sectors (DAC), organisation ids, or the other's status",
  })
  codes!: string[];

  @Field(() => [OrganizationReference], { description: 'For SHARED_ORGANIZATIONS and SAME_LEAD: the organisations' })
  organizations!: OrganizationReference[];

  @Field(() => String, { nullable: true, description: "For MATCHING_TEXT: the other initiative's passage" })
  passage!: string | null;

  @Field(() => String, { nullable: true, description: 'For MATCHING_TEXT: the passage of this one (or of the draft) it matches' })
  matchedPassage!: string | null;
}
