import type { IncomingMessage } from 'node:http';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { isConnectionError } from '@msp-atlas/db';
import { DomainError } from '@msp-atlas/domain-errors';
import type { GatewayIdentity } from '@msp-atlas/gateway-trust';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { graphqlRoute } from './graphql-route.js';
import { startHttpService, type HttpService, type RouteHandler } from './http-service.js';
import type { Logger } from './logger.js';

export interface GraphqlServiceOptions<Context extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  /** Loopback unless told otherwise: only the gateway should reach a subgraph. */
  host?: string;
  /** 0 picks a free port (tests). */
  port?: number;
  logger: Logger;
  /** `identity` is whom the gateway vouched for (anonymous without `gatewaySecret`). */
  context: (request: IncomingMessage, identity: GatewayIdentity) => Promise<Context>;
  /**
   * The secret shared with the gateway: /graphql then answers 401 to any request
   * without the gateway's proof; /healthz and /readyz stay open for probes.
   */
  gatewaySecret?: string;
  isReady?: () => Promise<boolean>;
  /** Production hides introspection; stack traces are never sent. */
  production?: boolean;
  extraRoutes?: RouteHandler[];
}

/** A subgraph (or any GraphQL service) on node:http with health routes. */
export async function startGraphqlService<Context extends BaseContext>(
  options: GraphqlServiceOptions<Context>,
): Promise<HttpService & { apollo: ApolloServer<Context> }> {
  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    // The service's own shutdown handler stops Apollo after the HTTP server drains.
    stopOnTerminationSignals: false,
    // Traces are for Apollo's hosted studio, which this platform does not report to. No
    // field carries @cacheControl, and the plugin's per-field hook doubled the time of large
    // answers (4,482 overview cells: 110 -> 55 ms in the subgraph).
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
    formatError: (formatted, error) => hideInternalErrors(formatted, error, options.logger, options.name),
  });
  await apollo.start();
  const http = await startHttpService({
    name: options.name,
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    logger: options.logger,
    isReady: options.isReady,
    routes: [...(options.extraRoutes ?? []), graphqlRoute({ server: apollo, context: options.context, gatewaySecret: options.gatewaySecret })],
  });
  return {
    ...http,
    apollo,
    close: async () => {
      await http.close();
      await apollo.stop();
    },
  };
}

/**
 * Errors the code raised on purpose go to the client: a domain error (plain class,
 * `@msp-atlas/domain-errors`) with its code and details as `extensions`, a GraphQLError
 * with a code as it is; anything else (a failed SQL statement, a bug) is logged and
 * replaced by a generic message, so no SQL or internals leak. A lost database
 * connection becomes `SERVICE_UNAVAILABLE` naming the service, as the gateway
 * reports a subgraph it cannot reach: the client may try again shortly.
 */
export function hideInternalErrors(formatted: GraphQLFormattedError, error: unknown, logger: Logger, service?: string): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return { ...formatted, message: original.message, extensions: domainErrorExtensions(original) };
  if (original instanceof GraphQLError || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
  const { path, locations } = formatted;
  if (isConnectionError(original)) {
    logger.warn({ err: original, path }, 'database unavailable');
    const message = service ? `The ${service} service is unavailable` : 'The service is unavailable';
    return { message, path, locations, extensions: { code: 'SERVICE_UNAVAILABLE', ...(service && { service }), reason: 'DATABASE' } };
  }
  logger.error({ err: original, path }, 'unexpected error in resolver');
  return { message: 'Internal server error', path, locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** What the API says about a domain error besides its message: `code`, then its details (`field`, `entity`, ...). */
export function domainErrorExtensions(error: DomainError): Record<string, unknown> {
  return { code: error.code, ...error.details };
}
