import { LocalDate } from '@msp-atlas/federation';
import { Field, ID, ObjectType } from 'type-graphql';
import type { SelfAssessmentScore } from './self-assessment-score.type.js';

@ObjectType('SelfAssessment', { description: "Members' own scores of their partnership on some success factors" })
export class SelfAssessment {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDate)
  assessedOn!: string;

  @Field(() => Date)
  submittedAt!: Date;

  /** Filled when the scores were at hand (just submitted); otherwise the field resolver loads them. */
  knownScores!: SelfAssessmentScore[] | null;
}
