import { Field, Float, ID, ObjectType } from 'type-graphql';
import { OverlapKind } from '../overlaps/overlap-kind.enum.js';

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
