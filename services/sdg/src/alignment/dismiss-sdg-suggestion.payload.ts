import { Field, ObjectType } from 'type-graphql';
import { Partnership } from '../entities/partnership.type.js';

@ObjectType('DismissSdgSuggestionPayload')
export class DismissSdgSuggestionPayload {
  @Field(() => Partnership, { description: 'Read its sdgAlignment again to see the suggestions left' })
  partnership!: Partnership;
}
