// The subgraphs the gateway calls over the network are listed once, in the manifest.
export { SUBGRAPHS, defaultSubgraphUrl, type SubgraphName } from '@msp-atlas/subgraph-manifest';

/**
 * Accounts and sign-in live in the gateway process (gateway/src/accounts): the
 * gateway serves them without a network hop, so the URL is only a name.
 */
export const ACCOUNTS_SUBGRAPH = { name: 'accounts', url: 'in-process://gateway/accounts' } as const;
