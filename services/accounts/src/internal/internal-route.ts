import type { IncomingMessage, ServerResponse } from 'node:http';
import { isConnectionError } from '@msp-atlas/db';
import { verifyGatewayRequest } from '@msp-atlas/gateway-trust';
import type { RouteHandler } from '@msp-atlas/service-runtime';

export type InternalAnswer = { status: number; body: unknown };

/**
 * An HTTP route only the gateway may call: the same proof the GraphQL route asks for
 * (a request signed with the shared secret, recently), checked before anything is read.
 */
export function internalRoute(
  method: 'GET' | 'POST',
  path: string,
  gatewaySecret: string,
  handle: (request: IncomingMessage, url: URL) => Promise<InternalAnswer>,
): RouteHandler {
  return async (request, response, url) => {
    if (url.pathname !== path) return false;
    if (request.method !== method) return writeJson(response, { status: 405, body: { error: `Use ${method}` } });
    if (!verifyGatewayRequest({ secret: gatewaySecret, headers: request.headers }).ok) {
      return writeJson(response, { status: 401, body: { error: 'Only the gateway may call this' } });
    }
    try {
      return writeJson(response, await handle(request, url));
    } catch (error) {
      // The gateway polls every second: a database outage is /readyz's news, not an error per poll.
      if (isConnectionError(error)) return writeJson(response, { status: 503, body: { error: 'The accounts database is unavailable' } });
      throw error;
    }
  };
}

export function writeJson(response: ServerResponse, answer: InternalAnswer): true {
  response.statusCode = answer.status;
  response.setHeader('content-type', 'application/json');
  response.setHeader('cache-control', 'no-store');
  response.end(JSON.stringify(answer.body));
  return true;
}
