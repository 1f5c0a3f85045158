import { Directive, Field, Int, ObjectType } from 'type-graphql';

// The SDG subgraph's type, as far as Partnership.health requires it (the fields arrive in the entity representation).
// External: partnerships never resolves these fields; they come with the representation.
@Directive('@external')
@ObjectType('SdgHealthSignal')
export class SdgHealthSignal {
  @Field(() => Int)
  partnershipVersion!: number;

  @Field(() => Int)
  declaredTargets!: number;

  @Field(() => Int)
  evidencedDeclaredTargets!: number;

  @Field(() => Int)
  suggestedUndeclaredTargets!: number;
}
