import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('LessonTransitionInput')
export class LessonTransitionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'Why (kept as the moderation note); required to reject' })
  note?: string | null;
}
