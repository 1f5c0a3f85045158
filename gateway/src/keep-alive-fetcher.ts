import { Agent } from 'node:http';
import fetch from 'node-fetch';
import type { Fetcher } from '@apollo/utils.fetcher';

/**
 * Subgraph requests over kept-alive connections: the gateway's default fetcher
 * measured markedly slower here, as each request paid for a new connection.
 * It honours `init.signal` (node-fetch rejects with an `AbortError`).
 */
export function createKeepAliveFetcher(maxSockets = 64): Fetcher {
  const agent = new Agent({ keepAlive: true, maxSockets });
  return ((url: string, init?: Record<string, unknown>) => fetch(url, { ...init, agent })) as unknown as Fetcher;
}

/**
 * Gives every request `timeoutMs` from the call until its body has been read: the
 * signal aborts the connection wait, the request and the body alike, and the
 * caller gets an `AbortError`.
 */
export function withTimeout(fetcher: Fetcher, timeoutMs: number): Fetcher {
  return (url, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    return fetcher(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
  };
}
