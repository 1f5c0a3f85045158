import { Field, ObjectType } from 'type-graphql';
import { Lesson } from './lesson.type.js';

@ObjectType('LessonPayload')
export class LessonPayload {
  @Field(() => Lesson)
  lesson!: Lesson;
}
