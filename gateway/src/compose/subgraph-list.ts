/** The platform's subgraphs with the ports the design fixes as defaults. */
export const SUBGRAPHS = [
  { name: 'partnerships', defaultPort: 4001 },
  { name: 'sdg', defaultPort: 4002 },
  { name: 'context', defaultPort: 4003 },
  { name: 'learning', defaultPort: 4004 },
  { name: 'accounts', defaultPort: 4005 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

/** Sign-in and roles: the gateway also reads this subgraph's key set and access feed. */
export const ACCOUNTS_SUBGRAPH_NAME = 'accounts' satisfies SubgraphName;

export function defaultSubgraphUrl(port: number): string {
  return `http://127.0.0.1:${port}/graphql`;
}
