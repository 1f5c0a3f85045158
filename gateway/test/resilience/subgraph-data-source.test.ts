import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeepAliveFetcher } from '../../src/keep-alive-fetcher.js';
import { SubgraphDataSource } from '../../src/subgraph-data-source.js';

/** A subgraph misbehaving on request: each path is one way a service fails. */
const behaviours: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
  '/ok': (_request, response) => json(response, 200, { data: { ok: true } }),
  '/hang': () => {},
  '/slow-body': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"data":');
  },
  '/reset': (request) => request.socket.resetAndDestroy(),
  '/503': (_request, response) => json(response, 503, { error: 'upstream connect error to 10.0.0.3:4003' }),
  '/500': (_request, response) =>
    json(response, 500, { errors: [{ message: 'Context creation failed: ECONNREFUSED', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
  '/not-json': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('<html>proxy error at http://10.0.0.3:4003</html>');
  },
  '/400': (_request, response) => json(response, 400, { errors: [{ message: 'Invalid date', extensions: { code: 'BAD_USER_INPUT' } }] }),
};

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

let server: Server;
let origin: string;
beforeAll(async () => {
  server = createServer((request, response) => behaviours[request.url ?? '']?.(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const TIMEOUT_MS = 200;

/** What the gateway would get from one fetch to the subgraph at `url`: the result, or the error it reports. */
function fetchFrom(url: string) {
  const source = new SubgraphDataSource({ name: 'context', url, gatewaySecret: 'x'.repeat(32), fetcher: createKeepAliveFetcher(), timeoutMs: TIMEOUT_MS });
  // The enum's value: the library's CommonJS re-export of the enum does not reach ES modules.
  const loadingSchema = { kind: 'loading schema', request: { query: '{ ok }' }, context: {} } as GraphQLDataSourceProcessOptions;
  return source.process(loadingSchema).then(
    (result) => ({ result }),
    (error: { message: string; extensions?: Record<string, unknown> }) => ({ error: { message: error.message, extensions: error.extensions } }),
  );
}

const unavailable = (reason: string) => ({
  error: { message: 'The context service is unavailable', extensions: { code: 'SERVICE_UNAVAILABLE', service: 'context', reason } },
});

describe('SubgraphDataSource', () => {
  it('passes an answer on', async () => {
    expect(await fetchFrom(`${origin}/ok`)).toMatchObject({ result: { data: { ok: true } } });
  });

  it('reports a subgraph nobody listens for, or that resets the connection, as unavailable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await fetchFrom(`http://127.0.0.1:${port}/graphql`)).toEqual(unavailable('UNREACHABLE'));
    expect(await fetchFrom(`${origin}/reset`)).toEqual(unavailable('UNREACHABLE'));
  });

  it('gives up after the timeout, also when the body stalls half-way', async () => {
    for (const path of ['/hang', '/slow-body']) {
      const started = performance.now();
      expect(await fetchFrom(`${origin}${path}`)).toEqual(unavailable('TIMEOUT'));
      const elapsed = performance.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 10);
      expect(elapsed).toBeLessThan(TIMEOUT_MS + 1_500);
    }
  });

  it('reports HTTP 5xx as unavailable, without what the body said', async () => {
    expect(await fetchFrom(`${origin}/503`)).toEqual(unavailable('FAILED'));
    expect(await fetchFrom(`${origin}/500`)).toEqual(unavailable('FAILED'));
  });

  it('reports an answer that is not GraphQL without passing it on', async () => {
    expect(await fetchFrom(`${origin}/not-json`)).toEqual({
      error: { message: 'The context service did not answer as expected', extensions: { code: 'SUBGRAPH_ERROR', service: 'context' } },
    });
  });

  it('passes a 4xx error with a code on as the subgraph gave it', async () => {
    expect(await fetchFrom(`${origin}/400`)).toEqual({ error: { message: 'Invalid date', extensions: { code: 'BAD_USER_INPUT' } } });
  });

  it('refuses a timeout that is not a positive whole number of milliseconds', () => {
    for (const timeoutMs of [0, -1, 1.5, Number.NaN]) {
      expect(() => new SubgraphDataSource({ name: 'context', url: origin, gatewaySecret: 'x'.repeat(32), timeoutMs })).toThrow(/Invalid subgraph timeout/);
    }
  });
});
