import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';

interface ErrorBody {
  errors?: { message?: string; extensions?: Record<string, unknown> }[];
}

/**
 * A subgraph that refuses a request outright (HTTP 4xx) still says why in a GraphQL
 * error body: a custom scalar the gateway cannot check, such as a malformed date,
 * is only caught there. Pass the subgraph's own error on instead of the library's
 * generic "400: Bad Request", which would also expose the subgraph's address.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    const body = (await this.parseBody(response).catch(() => undefined)) as ErrorBody | undefined;
    const first = typeof body === 'object' ? body?.errors?.[0] : undefined;
    if (response.status < 500 && first?.message && first.extensions?.code) {
      return new GraphQLError(first.message, { extensions: { ...first.extensions } });
    }
    return new GraphQLError(`A service did not answer as expected (${response.status})`, {
      extensions: { code: response.status === 401 ? 'UNAUTHENTICATED' : response.status === 403 ? 'FORBIDDEN' : 'SUBGRAPH_ERROR' },
    });
  }
}
