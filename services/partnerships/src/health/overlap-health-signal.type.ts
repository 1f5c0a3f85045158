import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';

// The context subgraph's type, as far as Partnership.health requires it.
// External: partnerships never resolves these fields; they come with the representation.
@Directive('@external')
@ObjectType('OverlapHealthSignal')
export class OverlapHealthSignal {
  @Field(() => Int)
  overlaps!: number;

  @Field(() => Int)
  duplicates!: number;

  @Field(() => Float, { nullable: true })
  strongestScore!: number | null;
}
