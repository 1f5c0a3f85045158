import { Field, Int, ObjectType } from 'type-graphql';
import { LessonFacetCount } from './facet-count.type.js';

@ObjectType('LessonFacets', { description: 'Counts per tag over the current result set, most frequent first' })
export class LessonFacets {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [LessonFacetCount])
  phases!: LessonFacetCount[];

  @Field(() => [LessonFacetCount])
  successFactors!: LessonFacetCount[];

  @Field(() => [LessonFacetCount])
  sdgGoals!: LessonFacetCount[];

  @Field(() => [LessonFacetCount])
  sdgTargets!: LessonFacetCount[];

  @Field(() => [LessonFacetCount])
  kinds!: LessonFacetCount[];

  @Field(() => [LessonFacetCount])
  countries!: LessonFacetCount[];

  @Field(() => [LessonFacetCount])
  sectors!: LessonFacetCount[];

  @Field(() => [LessonFacetCount])
  languages!: LessonFacetCount[];
}
