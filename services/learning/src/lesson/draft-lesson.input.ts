import { Field, ID, InputType } from 'type-graphql';
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
