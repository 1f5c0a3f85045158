import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('Secretariat', { description: 'The coordinating unit of a partnership' })
export class Secretariat {
  hostId!: string | null;

  @Field(() => Int, { nullable: true, description: 'People working for the secretariat' })
  staffCount!: number | null;
}
