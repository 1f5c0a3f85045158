import { Field, ObjectType } from 'type-graphql';
import { PartnershipReference } from './partnership.reference.js';

@ObjectType('DismissSdgSuggestionPayload')
export class DismissSdgSuggestionPayload {
  @Field(() => PartnershipReference, { description: 'Read its sdgAlignment again to see the suggestions left' })
  partnership!: PartnershipReference;
}
