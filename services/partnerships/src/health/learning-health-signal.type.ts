import { LocalDate } from '@msp-atlas/federation';
import { Directive, Field, Int, ObjectType } from 'type-graphql';

// The learning subgraph's type, as far as Partnership.health requires it.
// External: partnerships never resolves these fields; they come with the representation.
@Directive('@external')
@ObjectType('LearningHealthSignal')
export class LearningHealthSignal {
  @Field(() => Int)
  publishedLessons!: number;

  @Field(() => LocalDate, { nullable: true })
  lastPublishedOn!: string | null;
}
