import { ANONYMOUS, accountIdentity, signGatewayRequest, type GatewayIdentity } from '@msp-atlas/gateway-trust';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, startGraphqlService, type HttpService } from '../src/index.js';

const gatewaySecret = 'the-secret-shared-with-the-gateway';
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: { caller: { type: GraphQLString, resolve: (_source, _args, context: { identity: GatewayIdentity }) => context.identity.accountId ?? 'anonymous' } },
  }),
});

let service: HttpService;
beforeAll(async () => {
  service = await startGraphqlService({
    name: 'test',
    schema,
    port: 0,
    logger: createLogger('test', 'silent'),
    gatewaySecret,
    context: async (_request, identity) => ({ identity }),
  });
});
afterAll(() => service.close());

const ask = (headers: Record<string, string> = {}) =>
  fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ caller }' }),
  });

describe('startGraphqlService with a gateway secret', () => {
  it('serves a request signed by the gateway, with the identity it vouched for', async () => {
    const anonymous = await ask(signGatewayRequest({ secret: gatewaySecret, identity: ANONYMOUS }));
    expect(await anonymous.json()).toEqual({ data: { caller: 'anonymous' } });
    const account = await ask(signGatewayRequest({ secret: gatewaySecret, identity: accountIdentity('acc-7') }));
    expect(await account.json()).toEqual({ data: { caller: 'acc-7' } });
  });

  it('refuses a request without a proof, or with one made from another secret', async () => {
    const refusal = { errors: [{ message: 'Only the gateway may call this service', extensions: { code: 'UNAUTHENTICATED' } }] };
    for (const headers of [{}, signGatewayRequest({ secret: 'a-guessed-secret', identity: accountIdentity('acc-7') })]) {
      const response = await ask(headers);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual(refusal);
    }
  });

  it('keeps the health routes open for probes', async () => {
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${service.url}/readyz`)).status).toBe(200);
  });
});
