import { ApolloServer } from '@apollo/server';
import { graphqlRoute, startHttpService, type HttpService, type Logger } from '@msp-atlas/service-runtime';
import { accessFeedPlugin } from './authentication/access-feed-plugin.js';
import { startAuthentication, type GatewayAccountsOptions } from './authentication/start-authentication.js';
import { addFieldToInputErrors } from './format-error.js';
import { createGateway } from './gateway.js';
import type { IdentityContext } from './request-identity.js';
import { retryAfterPlugin } from './limits/retry-after-plugin.js';
import { withoutTrustHeaders } from './strip-trust-headers.js';
import { gatewayLimits, type GatewayLimitsOptions } from './limits/gateway-limits.js';
import type { LimitsContext } from './limits/limits-plugin.js';
import { staticFilesRoute } from './static-files.js';

export interface GatewayServerOptions {
  supergraphSdl: string;
  subgraphUrls?: Partial<Record<string, string>>;
  /** Shared with the subgraphs, which refuse requests the gateway did not sign with it. */
  gatewaySecret: string;
  host: string;
  port: number;
  logger: Logger;
  /** The built web app to serve on the same origin; absent in API-only set-ups. */
  webDistDir?: string;
  production?: boolean;
  /** Operation limits (defaults in limits/operation-limits.ts) and the per-client mutation rate, off unless given. */
  limits?: GatewayLimitsOptions;
  /** Where the accounts service is, and how its tokens are checked. */
  accounts: GatewayAccountsOptions;
  /** Time allowed for one subgraph request (ms): every subgraph, then by name. */
  subgraphTimeoutMs?: number;
  subgraphTimeoutsMs?: Partial<Record<string, number>>;
}

export type GatewayServer = HttpService & { graphqlUrl: string };

/** The platform's public entry: the federated graph at /graphql, the web app everywhere else. */
export async function startGatewayServer(options: GatewayServerOptions): Promise<GatewayServer> {
  const authentication = await startAuthentication({ ...options.accounts, gatewaySecret: options.gatewaySecret, logger: options.logger });
  const gateway = createGateway({
    supergraphSdl: options.supergraphSdl,
    subgraphUrls: { ...options.subgraphUrls, accounts: options.accounts.url },
    gatewaySecret: options.gatewaySecret,
    subgraphTimeoutMs: options.subgraphTimeoutMs,
    subgraphTimeoutsMs: options.subgraphTimeoutsMs,
    logger: options.logger,
  });
  const limits = gatewayLimits(options.limits);
  const apollo = new ApolloServer<LimitsContext & IdentityContext>({
    gateway,
    parseOptions: limits.parseOptions,
    plugins: [limits.plugin, retryAfterPlugin(), accessFeedPlugin(authentication.feed)],
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    formatError: (formatted) => addFieldToInputErrors(formatted),
  });
  await apollo.start();
  const graphql = graphqlRoute({
    server: apollo,
    // The identity comes only from a verified token, never from a client's header.
    context: async (request) => ({
      clientAddress: request.socket.remoteAddress,
      caller: await authentication.authenticator.authenticate(request.headers.authorization),
    }),
  });
  const routes = [withoutTrustHeaders(graphql)];
  if (options.webDistDir) routes.push(staticFilesRoute(options.webDistDir));
  const http = await startHttpService({
    name: 'gateway',
    host: options.host,
    port: options.port,
    logger: options.logger,
    // Ready without the subgraphs and the accounts service: anonymous reads still work.
    routes,
  });
  return {
    ...http,
    graphqlUrl: `${http.url}/graphql`,
    close: async () => {
      await http.close();
      await apollo.stop();
      authentication.feed.stop();
    },
  };
}
