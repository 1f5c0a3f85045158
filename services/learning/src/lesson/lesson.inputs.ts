import { Field, ID, InputType, Int } from 'type-graphql';
import { LessonKind } from './lesson-kind.js';
import { Phase, SuccessFactor } from './vocabulary-enums.js';

@InputType('DraftLessonInput')
export class DraftLessonInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'Markdown, at most 200 KB' })
  body!: string;

  @Field(() => LessonKind)
  kind!: string;

  @Field(() => String, { description: 'Language code: en, fr, es, de (also pt, it, nl, sw)' })
  language!: string;

  @Field(() => [Phase], { nullable: true })
  phases?: string[] | null;

  @Field(() => [SuccessFactor], { nullable: true })
  successFactors?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'SDG goal codes, e.g. "6"; the goals of the targets are added' })
  sdgGoals?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'SDG target codes, e.g. "6.1"' })
  sdgTargets?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-3 codes' })
  countries?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'OECD DAC sector codes' })
  sectors?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The partnership the lesson comes from' })
  partnershipId?: string | null;
}

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

@InputType('LessonTransitionInput')
export class LessonTransitionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'Why (kept as the moderation note); required to reject' })
  note?: string | null;
}
