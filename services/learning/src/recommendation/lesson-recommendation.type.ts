import { Field, Float, ObjectType } from 'type-graphql';
import { Lesson } from '../lesson/lesson.type.js';
import { SuccessFactor } from '../lesson/vocabulary-enums.js';
import { RecommendationReason } from './recommendation-reason.type.js';

@ObjectType('LessonRecommendation', { description: 'A lesson for where a partnership stands, and why it was chosen' })
export class LessonRecommendation {
  @Field(() => Lesson)
  lesson!: Lesson;

  @Field(() => Float, {
    description: 'Higher is closer: the weights of what it shares (weak success factor 3, phase 3, target 2, country 1.5, goal 1, sector 1)',
  })
  score!: number;

  @Field(() => [SuccessFactor], {
    description: "The partnership's weakest success factors (its latest health check) this lesson is tagged with, weakest first; empty when none",
  })
  addresses!: SuccessFactor[];

  @Field(() => [RecommendationReason], { description: 'What it shares with the partnership, strongest first' })
  reasons!: RecommendationReason[];
}
