import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "id")')
@ObjectType('Lesson', { description: 'Something a partnership learned, written down for others' })
export class Lesson {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  body!: string;

  @Field(() => String, { nullable: true, description: 'Life-cycle phase code the lesson belongs to, e.g. "DESIGN"' })
  phase!: string | null;

  @Field(() => String, { description: 'Moderation status code, e.g. "PUBLISHED"' })
  status!: string;

  @Field(() => Date)
  createdAt!: Date;
}
