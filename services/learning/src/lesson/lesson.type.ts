import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { LessonKind } from './lesson-kind.js';
import { LessonStatus } from './lesson-status.js';
import type { LessonRow } from './lesson.table.js';
import { Phase, SuccessFactor } from './vocabulary-enums.js';

@Directive('@key(fields: "id")')
@ObjectType('Lesson', { description: 'Something a partnership learned, written down for others' })
export class Lesson {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'Markdown; render it with raw HTML disabled (the web app does)' })
  body!: string;

  @Field(() => LessonKind)
  kind!: string;

  @Field(() => String, { description: 'Language code the lesson is written in, e.g. "fr"' })
  language!: string;

  @Field(() => [Phase], { description: 'The life-cycle phases it is about' })
  phases!: string[];

  @Field(() => [SuccessFactor], { description: 'The success factors it is about' })
  successFactors!: string[];

  @Field(() => [String], { description: 'SDG goal codes, e.g. "6"' })
  sdgGoalCodes!: string[];

  @Field(() => [String], { description: 'SDG target codes, e.g. "6.1"' })
  sdgTargetCodes!: string[];

  @Field(() => [String], { description: 'ISO 3166-1 alpha-3 codes' })
  countries!: string[];

  @Field(() => [String], { description: 'OECD DAC sector codes' })
  sectors!: string[];

  @Field(() => String, { nullable: true, description: 'The name shown for a lesson without an author account (demo data)' })
  authorName!: string | null;

  @Field(() => LessonStatus)
  status!: string;

  @Field(() => Int, { description: 'Bumped by every change; name it as expectedVersion' })
  version!: number;

  @Field(() => Boolean, { description: 'Demo data, loaded by npm start, not a real lesson' })
  isDemo!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  /** The row, for the field resolvers (access, entity references); not a GraphQL field. */
  row!: LessonRow;
}
