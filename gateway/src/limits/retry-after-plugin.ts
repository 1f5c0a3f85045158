import type { ApolloServerPlugin } from '@apollo/server';

/**
 * A subgraph (here: the accounts subgraph's sign-in limits) can only say RATE_LIMITED
 * inside the response body. When every error of a response is one, answer 429 with
 * `retry-after`, as the gateway's own limits do, so clients and proxies back off.
 */
export function retryAfterPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { errors, data } = response.body.singleResult;
          if (!errors?.length || !errors.every((error) => error.extensions?.code === 'RATE_LIMITED')) return;
          const hasData = data && Object.values(data).some((value) => value !== null);
          if (hasData) return;
          const seconds = Math.max(...errors.map((error) => Number(error.extensions?.retryAfterSeconds) || 1));
          response.http.status = 429;
          response.http.headers.set('retry-after', String(seconds));
          for (const error of errors) delete (error.extensions as Record<string, unknown>).http;
        },
      };
    },
  };
}
