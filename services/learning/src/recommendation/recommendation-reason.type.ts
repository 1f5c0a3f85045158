import { Field, ObjectType, registerEnumType } from 'type-graphql';

export const RecommendationReasonKind = {
  /** It is tagged with one of the partnership's weakest success factors (from the health check). */
  SUCCESS_FACTOR: 'SUCCESS_FACTOR',
  PHASE: 'PHASE',
  SDG_TARGET: 'SDG_TARGET',
  SDG_GOAL: 'SDG_GOAL',
  COUNTRY: 'COUNTRY',
  SECTOR: 'SECTOR',
} as const;
export type RecommendationReasonKind = (typeof RecommendationReasonKind)[keyof typeof RecommendationReasonKind];

registerEnumType(RecommendationReasonKind, { name: 'RecommendationReasonKind', description: 'What a recommended lesson shares with the partnership' });

@ObjectType('RecommendationReason')
export class RecommendationReason {
  @Field(() => RecommendationReasonKind)
  kind!: RecommendationReasonKind;

  @Field(() => String, { description: 'The shared code: the success factor, phase, target, goal, country or sector' })
  code!: string;
}
