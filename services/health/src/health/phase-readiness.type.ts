import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Phase, SuccessFactor } from '../domain/enums.js';

@ObjectType('PhaseReadiness', { description: 'How many of the factors a phase expects are met' })
export class PhaseReadiness {
  @Field(() => Phase)
  phase!: Phase;

  @Field(() => Int, { description: 'Factors expected by that phase' })
  expected!: number;

  @Field(() => Int, { description: 'Of those, how many are STRONG or ADEQUATE' })
  met!: number;

  @Field(() => Float, { description: 'met / expected, 0..1' })
  score!: number;

  @Field(() => Boolean)
  ready!: boolean;

  @Field(() => [SuccessFactor], { description: 'Expected factors that are WEAK or MISSING, weakest first' })
  blocking!: SuccessFactor[];
}
