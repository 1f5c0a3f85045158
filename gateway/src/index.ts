export { startGatewayServer, type GatewayServer, type GatewayServerOptions } from './server.js';
export { composeSupergraph, CompositionError, type SubgraphDefinition } from './compose/compose-supergraph.js';
export { SUBGRAPHS, defaultSubgraphUrl, type SubgraphName } from './compose/subgraph-list.js';
