import { Client, cacheExchange, fetchExchange } from 'urql';

export interface GraphqlClientOptions {
  url?: string;
  /** The bearer token to send, read anew for every request (it is renewed while the app runs). */
  currentToken?: () => string | null;
  /** The API answered 401 to a request that carried this token: it is expired or revoked. */
  onTokenRejected?: (token: string) => void;
}

/**
 * The app's client for the gateway's graph on the same origin. Queries go as POST
 * with a JSON body, because the gateway's CSRF protection refuses a GET that carries
 * no preflight header. The app makes a new client whenever someone signs in or out,
 * so no answer meant for one person is served from the cache to another.
 */
export function createGraphqlClient({ url = '/graphql', currentToken = () => null, onTokenRejected }: GraphqlClientOptions = {}): Client {
  return new Client({
    url,
    preferGetMethod: false,
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: () => {
      const token = currentToken();
      return token ? { headers: { authorization: `Bearer ${token}` } } : {};
    },
    // A token the gateway no longer accepts fails the whole request with 401
    // (extensions.code UNAUTHENTICATED). Only then is the token dropped: a wrong
    // password or an anonymous mutation answers UNAUTHENTICATED without a 401.
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      if (response.status === 401 && onTokenRejected) {
        const sent = bearerTokenOf(init?.headers);
        if (sent) onTokenRejected(sent);
      }
      return response;
    },
  });
}

function bearerTokenOf(headers: HeadersInit | undefined): string | null {
  const authorization = new Headers(headers).get('authorization');
  return authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : null;
}
