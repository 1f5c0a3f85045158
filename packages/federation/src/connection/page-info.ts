import { Directive, Field, ObjectType } from 'type-graphql';

// Every subgraph with a list defines PageInfo; the same type in each, so shareable.
@Directive('@shareable')
@ObjectType({ description: 'Where a page of a connection sits in the whole list' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}
