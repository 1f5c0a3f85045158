import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { ANONYMOUS, verifyGatewayRequest, type GatewayIdentity } from '@msp-atlas/gateway-trust';
import { BodyTooLargeError, readBody } from './read-body.js';
import type { RouteHandler } from './http-service.js';

interface GraphqlRouteOptions<Context extends BaseContext> {
  path?: string;
  server: ApolloServer<Context>;
  /** Gets the identity the gateway vouched for; anonymous when no secret is set. */
  context: (request: IncomingMessage, identity: GatewayIdentity) => Promise<Context>;
  bodyLimitBytes?: number;
  /** When set, only requests carrying the gateway's proof made with this secret are served. */
  gatewaySecret?: string;
}

/**
 * Serves an Apollo Server on node:http without a web framework: the body is read
 * with a size limit, then Apollo does parsing, CSRF prevention and execution.
 */
export function graphqlRoute<Context extends BaseContext>(options: GraphqlRouteOptions<Context>): RouteHandler {
  const path = options.path ?? '/graphql';
  const limit = options.bodyLimitBytes ?? 1_000_000;
  // An empty secret would fail every request; fail at start instead.
  if (options.gatewaySecret === '') throw new Error('gatewaySecret must not be empty');
  return async (request, response, url) => {
    if (url.pathname !== path) return false;
    let identity: GatewayIdentity = ANONYMOUS;
    if (options.gatewaySecret !== undefined) {
      const verified = verifyGatewayRequest({ secret: options.gatewaySecret, headers: request.headers });
      // Refused before the body is read: an outsider gets no parsing or validation from us.
      if (!verified.ok) {
        writeJsonError(response, 401, 'Only the gateway may call this service', 'UNAUTHENTICATED');
        return true;
      }
      identity = verified.identity;
    }
    let body: unknown;
    try {
      body = await parseBody(request, limit);
    } catch (error) {
      writeJsonError(response, error instanceof BodyTooLargeError ? 413 : 400, (error as Error).message);
      return true;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await options.server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: () => options.context(request, identity),
    });
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return true;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
    return true;
  };
}

async function parseBody(request: IncomingMessage, limit: number): Promise<unknown> {
  if (request.method !== 'POST') return undefined;
  const text = await readBody(request, limit);
  const type = request.headers['content-type'] ?? '';
  if (!type.includes('json') || text === '') return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new Error('Request body is not valid JSON');
  }
}

function writeJsonError(response: ServerResponse, status: number, message: string, code = 'BAD_REQUEST'): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
