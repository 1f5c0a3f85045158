import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { guardStringArguments } from './input-guard/guard-string-arguments.js';

/** `__resolveReference` functions by entity type name. */
export type ReferenceResolvers = Record<string, { __resolveReference: (reference: any, context: any, info: any) => unknown }>;

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])`;

/**
 * Turns type-graphql resolvers into a Federation 2 subgraph schema: type-graphql
 * builds the schema (entities carry `@Directive('@key(fields: "id")')`), its SDL with
 * directives goes through `buildSubgraphSchema`, and the resolvers are re-attached
 * together with the entities' reference resolvers. Every argument is guarded against
 * strings PostgreSQL cannot store (input-guard/).
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  // No auth checker: authorisation is the services' (docs/conventions.md), and without one
  // type-graphql refuses to build a schema that uses `@Authorized()`.
  const schema = await buildSchema({ ...options, skipCheck: true });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers: Record<string, any> = createResolversMap(schema);
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  return guardStringArguments(buildSubgraphSchema({ typeDefs, resolvers }));
}
