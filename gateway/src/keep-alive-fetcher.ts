import { Agent } from 'node:http';
import fetch from 'node-fetch';
import type { Fetcher } from '@apollo/utils.fetcher';

/**
 * Subgraph requests over kept-alive connections: the gateway's default fetcher
 * measured markedly slower here, as each request paid for a new connection.
 */
export function createKeepAliveFetcher(maxSockets = 64): Fetcher {
  const agent = new Agent({ keepAlive: true, maxSockets });
  return ((url: string, init?: Record<string, unknown>) => fetch(url, { ...init, agent })) as unknown as Fetcher;
}
