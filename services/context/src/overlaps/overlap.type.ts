import { Field, Float, ObjectType } from 'type-graphql';
import { OverlapKind } from './overlap-kind.enum.js';
import { OverlapReason } from './overlap-reason.type.js';
import { PartnershipReference } from './partnership.reference.js';

@ObjectType('Overlap', { description: 'Another initiative that works on the same thing' })
export class Overlap {
  @Field(() => PartnershipReference)
  partnership!: PartnershipReference;

  @Field(() => Float, { description: 'How much the two have in common, 0..1' })
  score!: number;

  @Field(() => OverlapKind)
  kind!: OverlapKind;

  @Field(() => Boolean, { description: 'The other initiative is inactive or completed: shown as a past initiative, never as an OVERLAP' })
  past!: boolean;

  @Field(() => [OverlapReason])
  reasons!: OverlapReason[];
}
