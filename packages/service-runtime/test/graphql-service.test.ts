import { GraphQLError, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, startGraphqlService } from '../src/index.js';

let ready = true;
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      hello: { type: GraphQLString, resolve: () => 'world' },
      refused: { type: GraphQLString, resolve: () => { throw new GraphQLError('No', { extensions: { code: 'FORBIDDEN' } }); } },
      broken: { type: GraphQLString, resolve: () => { throw new Error('relation "secret_table" does not exist'); } },
      databaseDown: {
        type: GraphQLString,
        resolve: () => { throw Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:5432'), { code: 'ECONNREFUSED' }); },
      },
    },
  }),
});

let service: Awaited<ReturnType<typeof startGraphqlService>>;
beforeAll(async () => {
  service = await startGraphqlService({
    name: 'test', schema, host: '127.0.0.1', port: 0, logger: createLogger('test', 'silent'),
    context: async () => ({}), isReady: async () => ready, production: true,
  });
});
afterAll(() => service.close());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('startGraphqlService', () => {
  it('answers health and readiness', async () => {
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${service.url}/readyz`)).status).toBe(200);
    ready = false;
    expect((await fetch(`${service.url}/readyz`)).status).toBe(503);
    ready = true;
  });

  it('serves GraphQL over POST and keeps CSRF prevention for GET', async () => {
    expect(await (await post(JSON.stringify({ query: '{ hello }' }))).json()).toEqual({ data: { hello: 'world' } });
    const get = await fetch(`${service.url}/graphql?query=${encodeURIComponent('{ hello }')}`);
    expect(get.status).toBe(400);
  });

  it('passes deliberate errors on and hides internal ones', async () => {
    const body = (await (await post(JSON.stringify({ query: '{ refused broken }' }))).json()) as any;
    const [refused, broken] = body.errors;
    expect(refused).toMatchObject({ message: 'No', extensions: { code: 'FORBIDDEN' } });
    expect(broken).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(body)).not.toMatch(/secret_table|stacktrace/);
  });

  it('reports a lost database as the service being unavailable, without the address', async () => {
    const body = (await (await post(JSON.stringify({ query: '{ hello databaseDown }' }))).json()) as any;
    expect(body).toEqual({
      data: { hello: 'world', databaseDown: null },
      errors: [{
        message: 'The test service is unavailable',
        path: ['databaseDown'],
        locations: [{ line: 1, column: 9 }],
        extensions: { code: 'SERVICE_UNAVAILABLE', service: 'test', reason: 'DATABASE' },
      }],
    });
  });

  it('refuses bodies over the limit and malformed JSON', async () => {
    expect((await post(JSON.stringify({ query: `{ hello } # ${'x'.repeat(1_100_000)}` }))).status).toBe(413);
    expect((await post('{ not json')).status).toBe(400);
  });

  it('turns introspection off in production', async () => {
    const body = (await (await post(JSON.stringify({ query: '{ __schema { types { name } } }' }))).json()) as any;
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  });
});
