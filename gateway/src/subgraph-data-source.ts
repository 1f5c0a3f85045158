import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { signGatewayRequest } from '@msp-atlas/gateway-trust';
import { GraphQLError } from 'graphql';
import { identityOf } from './request-identity.js';

interface ErrorBody {
  errors?: { message?: string; extensions?: Record<string, unknown> }[];
}

type DataSourceConfig = NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>;

/**
 * Every request to a subgraph carries the gateway's proof and the caller's
 * identity (see @msp-atlas/gateway-trust): subgraphs refuse anything else.
 *
 * A subgraph that refuses a request outright (HTTP 4xx) still says why in a GraphQL
 * error body: a custom scalar the gateway cannot check, such as a malformed date,
 * is only caught there. Pass the subgraph's own error on instead of the library's
 * generic "400: Bad Request", which would also expose the subgraph's address.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
  private readonly gatewaySecret: string;

  constructor(config: DataSourceConfig & { gatewaySecret: string }) {
    const { gatewaySecret, ...rest } = config;
    super(rest);
    this.gatewaySecret = gatewaySecret;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions): void {
    // set() replaces: whatever else put these headers on the request, ours win.
    const headers = signGatewayRequest({ secret: this.gatewaySecret, identity: identityOf(context) });
    for (const [name, value] of Object.entries(headers)) request.http?.headers.set(name, value);
  }

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
