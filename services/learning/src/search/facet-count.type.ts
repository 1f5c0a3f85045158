import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('LessonFacetCount')
export class LessonFacetCount {
  @Field(() => String, { description: 'The code: a phase, factor, goal, kind, country, sector or language code' })
  code!: string;

  @Field(() => Int, { description: 'Matching lessons carrying it: what the search returns with it added to the filter' })
  count!: number;
}
