import { LocalDate } from '@msp-atlas/federation';
import { Field, ID, InputType } from 'type-graphql';
import { SelfAssessmentScoreInput } from './self-assessment-score.input.js';

@InputType('SubmitSelfAssessmentInput')
export class SubmitSelfAssessmentInput {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => LocalDate, { nullable: true, description: "Today when left out; not in the future, nor before the year before the partnership's registration" })
  assessedOn?: string | null;

  @Field(() => [SelfAssessmentScoreInput], { description: 'One to eighteen scores, each factor at most once' })
  scores!: SelfAssessmentScoreInput[];
}
