// The subgraphs the gateway calls are listed once, in the manifest.
export { SUBGRAPHS, defaultSubgraphUrl, type SubgraphName } from '@msp-atlas/subgraph-manifest';

/** Sign-in and roles: the gateway also reads this subgraph's key set and access feed. */
export const ACCOUNTS_SUBGRAPH_NAME = 'accounts';
