import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildFederatedSchema } from '@msp-atlas/federation';
import { parse } from 'graphql';
import { Arg, type BuildSchemaOptions, Directive, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { accountReference, ChangeRecordConnection } from '../src/index.js';

// Two subgraphs with a change history each, and an accounts subgraph owning Account:
// the shared types must compose, which they only do when shareable and identical.

@Directive('@key(fields: "id")')
@ObjectType('Report')
class Report {
  @Field(() => ID)
  id!: string;
}

@Resolver(() => Report)
class ReportResolver {
  @Query(() => Report, { nullable: true })
  report(@Arg('id', () => ID) id: string) {
    return Object.assign(new Report(), { id });
  }

  @FieldResolver(() => ChangeRecordConnection)
  changeHistory(@Root() _report: Report, @Arg('first', () => Int, { nullable: true }) _first: number | null): ChangeRecordConnection {
    throw new Error('not called');
  }
}

@Directive('@key(fields: "id")')
@ObjectType('Lesson')
class Lesson {
  @Field(() => ID)
  id!: string;
}

@Resolver(() => Lesson)
class LessonResolver {
  @Query(() => Lesson, { nullable: true })
  lesson(@Arg('id', () => ID) id: string) {
    return Object.assign(new Lesson(), { id });
  }

  @FieldResolver(() => ChangeRecordConnection)
  changeHistory(@Root() _lesson: Lesson, @Arg('first', () => Int, { nullable: true }) _first: number | null): ChangeRecordConnection {
    throw new Error('not called');
  }
}

const ACCOUNTS_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Account @key(fields: "id") { id: ID! name: String! }
  type Query { account(id: ID!): Account }
`;

async function sdlOf(resolvers: BuildSchemaOptions['resolvers']): Promise<string> {
  return printSubgraphSchema(await buildFederatedSchema({ resolvers, validate: false }, { ...accountReference }));
}

describe('the shared types in a supergraph', () => {
  it('compose when two subgraphs define them and a third owns Account', async () => {
    const result = composeServices([
      { name: 'reports', url: 'http://reports', typeDefs: parse(await sdlOf([ReportResolver])) },
      { name: 'lessons', url: 'http://lessons', typeDefs: parse(await sdlOf([LessonResolver])) },
      { name: 'accounts', url: 'http://accounts', typeDefs: parse(ACCOUNTS_SDL) },
    ]);
    expect(result.errors?.map((error) => error.message)).toBeUndefined();
    expect(result.supergraphSdl).toContain('type ChangeRecordConnection');
  });
});
