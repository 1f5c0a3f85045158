import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

/**
 * `graphql()` types every document against the API schema of the composed supergraph
 * (generated into graphql-env.d.ts by `npm run generate`), so a schema change that
 * breaks a page fails the type check.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  // Components take plain objects typed by their own fragment (see web/README.md).
  disableMasking: true;
  scalars: {
    // ISO 8601 strings on the wire: a date (2030-12-31) and a timestamp.
    LocalDate: string;
    DateTimeISO: string;
    JSON: unknown;
  };
}>();

export type { ResultOf, VariablesOf } from 'gql.tada';
