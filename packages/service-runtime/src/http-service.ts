import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from './logger.js';

/** Handles a request and returns true, or returns false to let the next route try. */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean> | boolean;

export interface HttpServiceOptions {
  name: string;
  host: string;
  port: number;
  logger: Logger;
  routes: RouteHandler[];
  /** Whether the service can do its work now (database reachable and migrated, say). */
  isReady?: () => Promise<boolean>;
}

export interface HttpService {
  url: string;
  port: number;
  server: Server;
  /** Stops accepting connections and waits for requests in flight. */
  close(): Promise<void>;
}

/**
 * A node:http server with `/healthz` (the process answers) and `/readyz` (it can
 * serve), JSON error logging, and a graceful close.
 */
export async function startHttpService(options: HttpServiceOptions): Promise<HttpService> {
  const routes: RouteHandler[] = [healthRoutes(options.isReady), ...options.routes];
  let closing = false;
  const server = createServer(async (request, response) => {
    // Once closing, a request still in flight ends its connection with its answer: kept
    // alive, the socket would hold the close up for the whole keep-alive timeout.
    response.on('finish', () => {
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      for (const route of routes) if (await route(request, response, url)) return;
      response.statusCode = 404;
      response.end('Not found');
    } catch (error) {
      options.logger.error({ err: error, path: url.pathname }, 'request failed');
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    }
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
  options.logger.info({ url }, `${options.name} listening`);
  return {
    url,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

function healthRoutes(isReady?: () => Promise<boolean>): RouteHandler {
  return async (_request, response, url) => {
    if (url.pathname === '/healthz') {
      writeStatus(response, 200, 'ok');
      return true;
    }
    if (url.pathname === '/readyz') {
      const ready = await (isReady?.() ?? Promise.resolve(true)).catch(() => false);
      writeStatus(response, ready ? 200 : 503, ready ? 'ready' : 'not ready');
      return true;
    }
    return false;
  };
}

function writeStatus(response: ServerResponse, status: number, text: string): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify({ status: text }));
}
