import { Field, Float, ObjectType } from 'type-graphql';
import { Lesson } from '../lesson/lesson.type.js';
import { RecommendationReason } from './recommendation-reason.type.js';

@ObjectType('LessonRecommendation', { description: 'A lesson for where a partnership stands, and why it was chosen' })
export class LessonRecommendation {
  @Field(() => Lesson)
  lesson!: Lesson;

  @Field(() => Float, { description: 'Higher is closer: the weights of what it shares (phase 3, target 2, country 1.5, goal 1, sector 1)' })
  score!: number;

  @Field(() => [RecommendationReason], { description: 'What it shares with the partnership, strongest first' })
  reasons!: RecommendationReason[];
}
