export { createTestDatabase, type TestDatabase } from './test-database.js';
export { adminDatabaseUrl } from './admin-database-url.js';
export {
  graphqlClient,
  postGraphql,
  dataOf,
  errorOf,
  type GatewaySigning,
  type GraphqlClient,
  type GraphqlResponse,
} from './graphql-client.js';
export { waitFor } from './wait-for.js';
export { startTestSubgraph, type StartableSubgraph, type TestSubgraph, type TestSubgraphOf, type TestSubgraphOptions } from './test-subgraph.js';
