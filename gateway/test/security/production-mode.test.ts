import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf } from '@msp-atlas/test-harness';
import { type Platform, startPlatform } from '../../src/testing/index.js';
import { postOperation, postRaw } from '../../src/testing/post-raw.js';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform({ gatewayOptions: { production: true } });
});
afterAll(() => platform.stop());

describe('production mode', () => {
  it('refuses introspection', async () => {
    for (const query of [getIntrospectionQuery(), '{ __type(name: "Partnership") { name } }']) {
      const response = await postOperation(platform.gatewayUrl, query);
      expect(response.status).toBe(400);
      expect(errorOf(response.json).code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    expect(dataOf(await platform.graphql('{ __typename }')).__typename).toBe('Query');
  });

  it('sends no stack traces with errors from parsing, validation, variables or a subgraph', async () => {
    const responses = await Promise.all([
      postOperation(platform.gatewayUrl, '{ partnerships {'),
      postOperation(platform.gatewayUrl, '{ noSuchField }'),
      postOperation(platform.gatewayUrl, 'query($id: ID!) { partnership(id: $id) { id } }', {}),
      postOperation(
        platform.gatewayUrl,
        'mutation { changePhase(input: { partnershipId: "00000000-0000-4000-8000-000000000000", expectedVersion: 1, phase: DESIGN }) { partnership { id } } }',
      ),
    ]);
    for (const response of responses) {
      expect(response.json.errors?.length, response.text).toBeGreaterThan(0);
      expect(response.text).not.toMatch(/stacktrace|\bat .*\.(ts|js):\d+/);
    }
  });
});

describe('CSRF prevention', () => {
  it('refuses a GET without a preflight-forcing header, and serves it with one', async () => {
    const url = `${platform.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`;
    const simple = await fetch(url);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/Cross-Site Request Forgery/);
    const preflighted = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
  });

  it('refuses a POST sent as text/plain, which a form or a simple cross-site fetch can send', async () => {
    const response = await postRaw(platform.gatewayUrl, JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' });
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/Cross-Site Request Forgery/);
  });
});
