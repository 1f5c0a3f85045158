import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '@msp-atlas/federation';
import { LessonSearchEdge } from './lesson-search-edge.type.js';

@ObjectType('LessonSearchConnection')
export class LessonSearchConnection {
  @Field(() => [LessonSearchEdge])
  edges!: LessonSearchEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  countTotal!: () => Promise<number>;

  @Field(() => Int, { description: 'How many lessons match, across all pages' })
  totalCount(): Promise<number> {
    return this.countTotal();
  }
}
