import { Field, Float, ObjectType } from 'type-graphql';
import { Lesson } from '../lesson/lesson.type.js';

@ObjectType('LessonSearchEdge')
export class LessonSearchEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Lesson)
  node!: Lesson;

  @Field(() => String, { description: 'The title as HTML, query terms in <mark>; every other character escaped' })
  titleHtml!: string;

  @Field(() => String, { description: 'Passages of the body around the hits as HTML, terms in <mark>; every other character escaped' })
  snippetHtml!: string;

  @Field(() => Float, { description: 'Rank: above 1 for hits in the lesson’s own language, below 1 for hits through its tags only, 0 without a query' })
  score!: number;

  @Field(() => Boolean, { description: 'Whether the query matched the text in the lesson’s own language, not only its tags' })
  matchedText!: boolean;
}
