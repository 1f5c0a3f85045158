import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { createKeepAliveFetcher } from './keep-alive-fetcher.js';

// The gateway library reports anonymous usage home unless told not to.
process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph listens, by name; overrides the URLs recorded in the supergraph. */
  subgraphUrls?: Partial<Record<string, string>>;
}

export function createGateway(options: GatewayOptions): ApolloGateway {
  const fetcher = createKeepAliveFetcher();
  return new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource({ url: options.subgraphUrls?.[name] ?? url, fetcher }),
  });
}
