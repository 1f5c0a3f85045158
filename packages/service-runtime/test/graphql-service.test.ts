import { GraphQLError, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badUserInput, conflict, notFound } from '@msp-atlas/domain-errors';
import { createLogger, startGraphqlService } from '../src/index.js';

let ready = true;
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      hello: { type: GraphQLString, resolve: () => 'world' },
      refused: {
        type: GraphQLString,
        resolve: () => {
          throw new GraphQLError('No', { extensions: { code: 'FORBIDDEN' } });
        },
      },
      badInput: {
        type: GraphQLString,
        resolve: () => {
          throw badUserInput('Must not be empty', 'input.name');
        },
      },
      missing: {
        type: GraphQLString,
        resolve: () => {
          throw notFound('Lesson', 'abc');
        },
      },
      stale: {
        type: GraphQLString,
        resolve: () => {
          throw conflict('Changed since version 1', { expectedVersion: 1, actualVersion: 2 });
        },
      },
      broken: {
        type: GraphQLString,
        resolve: () => {
          throw new Error('relation "secret_table" does not exist');
        },
      },
      databaseDown: {
        type: GraphQLString,
        resolve: () => {
          throw Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:5432'), { code: 'ECONNREFUSED' });
        },
      },
    },
  }),
});

let service: Awaited<ReturnType<typeof startGraphqlService>>;
beforeAll(async () => {
  service = await startGraphqlService({
    name: 'test',
    schema,
    host: '127.0.0.1',
    port: 0,
    logger: createLogger('test', 'silent'),
    context: async () => ({}),
    isReady: async () => ready,
    production: true,
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

  it('gives domain errors their code and details as extensions, as a GraphQLError would carry them', async () => {
    const body = (await (await post(JSON.stringify({ query: '{ badInput missing stale }' }))).json()) as any;
    expect(body.errors).toEqual([
      { message: 'Must not be empty', path: ['badInput'], locations: [{ line: 1, column: 3 }], extensions: { code: 'BAD_USER_INPUT', field: 'input.name' } },
      {
        message: 'Lesson abc does not exist',
        path: ['missing'],
        locations: [{ line: 1, column: 12 }],
        extensions: { code: 'NOT_FOUND', entity: 'Lesson', id: 'abc' },
      },
      {
        message: 'Changed since version 1',
        path: ['stale'],
        locations: [{ line: 1, column: 20 }],
        extensions: { code: 'CONFLICT', expectedVersion: 1, actualVersion: 2 },
      },
    ]);
  });

  it('reports a lost database as the service being unavailable, without the address', async () => {
    const body = (await (await post(JSON.stringify({ query: '{ hello databaseDown }' }))).json()) as any;
    expect(body).toEqual({
      data: { hello: 'world', databaseDown: null },
      errors: [
        {
          message: 'The test service is unavailable',
          path: ['databaseDown'],
          locations: [{ line: 1, column: 9 }],
          extensions: { code: 'SERVICE_UNAVAILABLE', service: 'test', reason: 'DATABASE' },
        },
      ],
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
