import { ApolloGateway } from '@apollo/gateway';
import type { Logger } from '@msp-atlas/service-runtime';
import { ACCOUNTS_SUBGRAPH_NAME } from './compose/subgraph-list.js';
import { createKeepAliveFetcher } from './keep-alive-fetcher.js';
import { SubgraphDataSource } from './subgraph-data-source.js';

// The gateway library reports anonymous usage home unless told not to.
process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph listens, by name; overrides the URLs recorded in the supergraph. */
  subgraphUrls?: Partial<Record<string, string>>;
  /** Shared with the subgraphs: every subgraph request is signed with it. */
  gatewaySecret: string;
  /** Time allowed for one subgraph request (ms), for every subgraph; 10 000 unless given. */
  subgraphTimeoutMs?: number;
  /** The same by subgraph name, overriding `subgraphTimeoutMs`. */
  subgraphTimeoutsMs?: Partial<Record<string, number>>;
  /** Where subgraph failures are logged with their cause. */
  logger?: Logger;
}

export function createGateway(options: GatewayOptions): ApolloGateway {
  const fetcher = createKeepAliveFetcher();
  return new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        name,
        url: options.subgraphUrls?.[name] ?? url,
        fetcher,
        gatewaySecret: options.gatewaySecret,
        timeoutMs: options.subgraphTimeoutsMs?.[name] ?? options.subgraphTimeoutMs,
        logger: options.logger,
        // Its mutations may end sessions or change roles: the response waits for the access feed.
        marksAccessChanges: name === ACCOUNTS_SUBGRAPH_NAME,
      }),
  });
}
