import { Field, ID, InputType, Int } from 'type-graphql';
import { LessonKind } from './lesson-kind.js';
import { Phase, SuccessFactor } from './vocabulary-enums.js';

@InputType('UpdateLessonInput', { description: 'The fields given replace the stored ones; the others stay' })
export class UpdateLessonInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version the change was made against; a stale one is CONFLICT' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => LessonKind, { nullable: true })
  kind?: string | null;

  @Field(() => String, { nullable: true })
  language?: string | null;

  @Field(() => [Phase], { nullable: true })
  phases?: string[] | null;

  @Field(() => [SuccessFactor], { nullable: true })
  successFactors?: string[] | null;

  @Field(() => [String], { nullable: true })
  sdgGoals?: string[] | null;

  @Field(() => [String], { nullable: true })
  sdgTargets?: string[] | null;

  @Field(() => [String], { nullable: true })
  countries?: string[] | null;

  @Field(() => [String], { nullable: true })
  sectors?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'An empty string unlinks the partnership' })
  partnershipId?: string | null;
}
