import { Field, ID, InputType } from 'type-graphql';
import { Phase, SuccessFactor } from '../lesson/vocabulary-enums.js';
import { LessonKind } from '../lesson/lesson-kind.js';

@InputType('LessonFilter', {
  description: 'Narrows a search: a lesson must carry every value given (so facet counts are the counts of the narrowed search)',
})
export class LessonFilter {
  @Field(() => [LessonKind], { nullable: true })
  kinds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Language codes, e.g. "de"' })
  languages?: string[] | null;

  @Field(() => [Phase], { nullable: true })
  phases?: string[] | null;

  @Field(() => [SuccessFactor], { nullable: true })
  successFactors?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'SDG goal codes, e.g. "6"' })
  sdgGoals?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'SDG target codes, e.g. "6.1"' })
  sdgTargets?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-3 codes' })
  countries?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'OECD DAC sector codes' })
  sectors?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Lessons from this partnership' })
  partnershipId?: string | null;
}
