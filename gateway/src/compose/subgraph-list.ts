/** The platform's subgraphs with the ports `docs/design.md` fixes as defaults. */
export const SUBGRAPHS = [
  { name: 'partnerships', defaultPort: 4001 },
  { name: 'sdg', defaultPort: 4002 },
  { name: 'context', defaultPort: 4003 },
  { name: 'learning', defaultPort: 4004 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export function defaultSubgraphUrl(port: number): string {
  return `http://127.0.0.1:${port}/graphql`;
}

/**
 * Accounts and sign-in live in the gateway process (gateway/src/accounts): the
 * gateway serves them without a network hop, so the URL is only a name.
 */
export const ACCOUNTS_SUBGRAPH = { name: 'accounts', url: 'in-process://gateway/accounts' } as const;
