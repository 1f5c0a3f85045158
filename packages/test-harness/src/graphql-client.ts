import { ANONYMOUS, signGatewayRequest, type GatewayIdentity } from '@msp-atlas/gateway-trust';

export interface GraphqlResponse<Data = any> {
  data?: Data;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

/** A plain HTTP client, the way any outside caller reaches the API; `headers` go with every request. */
export function graphqlClient(url: string, headers: Record<string, string> = {}) {
  return async function graphql<Data = any>(query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResponse<Data>> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlResponse<Data>;
  };
}

export type GraphqlClient = ReturnType<typeof graphqlClient>;

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export function dataOf<Data>(response: GraphqlResponse<Data>): Data {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  }
  return response.data;
}

/** The single error of a response that must have failed. */
export function errorOf(response: GraphqlResponse): { message: string; code: string; field?: string; extensions: Record<string, any> } {
  const [error] = response.errors ?? [];
  if (!error) throw new Error(`Expected an error, got ${JSON.stringify(response.data)}`);
  return { message: error.message, code: error.extensions?.code, field: error.extensions?.field, extensions: error.extensions ?? {} };
}

export interface GatewaySigning {
  /** The secret the service was started with. */
  gatewaySecret: string;
  identity?: GatewayIdentity;
}

/** Posts one operation to a started service's `/graphql`, signed as the gateway would sign it. */
export function postGraphql(serviceUrl: string, query: string, variables: Record<string, unknown>, signing: GatewaySigning) {
  const headers = signGatewayRequest({ secret: signing.gatewaySecret, identity: signing.identity ?? ANONYMOUS });
  return graphqlClient(`${serviceUrl}/graphql`, headers)(query, variables);
}
