import { Client, cacheExchange, fetchExchange } from 'urql';

/**
 * The one client of the app: the gateway's graph on the same origin. Queries go
 * as POST with a JSON body, because the gateway's CSRF protection refuses a GET
 * that carries no preflight header.
 */
export function createGraphqlClient(url = '/graphql'): Client {
  return new Client({
    url,
    preferGetMethod: false,
    exchanges: [cacheExchange, fetchExchange],
  });
}
