import { LocalDate } from '@msp-atlas/federation';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('LearningHealthSignal', { description: 'What the health check reads of what a partnership contributed to the lesson library' })
export class LearningHealthSignal {
  @Field(() => Int, { description: 'Published lessons the partnership contributed' })
  publishedLessons!: number;

  @Field(() => LocalDate, { nullable: true, description: 'When the latest of them was published (UTC date); null when none' })
  lastPublishedOn!: string | null;
}
