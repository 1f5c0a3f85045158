import { beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, accountIdentity, encodeIdentity, IDENTITY_HEADER, PROOF_HEADER, signGatewayRequest, verifyGatewayRequest } from '@msp-atlas/gateway-trust';
import { dataOf, graphqlClient } from '@msp-atlas/test-harness';
import { postRaw, registerOrganization, registerPartnership, sharedPlatform, type SharedPlatform } from '@msp-atlas/gateway/testing';

let platform: SharedPlatform;
beforeAll(async () => {
  platform = await sharedPlatform();
});

const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Partnership { id name phase } ... on Organization { id name type } } }`;

describe('federation entities of the partnerships subgraph', () => {
  it('resolves Partnership and Organization references, null for unknown ones', async () => {
    const partnership = await registerPartnership(platform.member.graphql, { name: 'Entity Alliance' });
    const organization = await registerOrganization(platform.member.graphql, { name: 'Entity Org', type: 'MULTILATERAL' });
    const subgraph = graphqlClient(platform.subgraphUrls.partnerships, signGatewayRequest({ secret: platform.gatewaySecret, identity: ANONYMOUS }));
    const data = dataOf(
      await subgraph(ENTITIES, {
        representations: [
          { __typename: 'Partnership', id: partnership.id },
          { __typename: 'Organization', id: organization.id },
          { __typename: 'Partnership', id: '7c2f2a8e-3333-4333-8333-333333333333' },
        ],
      }),
    );
    expect(data._entities).toEqual([
      { id: partnership.id, name: 'Entity Alliance', phase: 'INITIATION' },
      { id: organization.id, name: 'Entity Org', type: 'MULTILATERAL' },
      null,
    ]);
  });

  it('does not expose _entities through the gateway', async () => {
    const response = await platform.member.graphql(ENTITIES, { representations: [] });
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('trust between gateway and subgraphs', () => {
  const SERVICE = '{ _service { sdl } }';
  const callSubgraph = (query: string, headers: Record<string, string> = {}) =>
    postRaw(platform.subgraphUrls.partnerships, JSON.stringify({ query, variables: { representations: [] } }), {
      'content-type': 'application/json',
      ...headers,
    });
  const refusal = { errors: [{ message: 'Only the gateway may call this service', extensions: { code: 'UNAUTHENTICATED' } }] };

  it('refuses _entities and _service called directly without the gateway proof', async () => {
    for (const query of [ENTITIES, SERVICE]) {
      const response = await callSubgraph(query);
      expect(response.status).toBe(401);
      expect(response.json).toEqual(refusal);
    }
  });

  it('refuses a proof made with another secret', async () => {
    const guessed = signGatewayRequest({ secret: 'not-the-secret-of-this-platform', identity: accountIdentity('someone') });
    for (const query of [ENTITIES, SERVICE]) {
      const response = await callSubgraph(query, guessed);
      expect(response.status).toBe(401);
      expect(response.json).toEqual(refusal);
    }
  });

  it('does not pass on an identity or proof a client sends to the gateway', async () => {
    const forged = { [IDENTITY_HEADER]: encodeIdentity(accountIdentity('admin', { admin: true })), [PROOF_HEADER]: 'v1.0.forged' };
    const seen = await platform.requestHeadersOf('partnerships', async () => {
      const response = await postRaw(platform.gatewayUrl, JSON.stringify({ query: '{ organizations(first: 1) { totalCount } }' }), {
        'content-type': 'application/json',
        ...forged,
      });
      expect(response.status).toBe(200);
      expect(response.json.errors).toBeUndefined();
    });
    expect(seen.length).toBeGreaterThan(0);
    for (const headers of seen) {
      expect(headers[IDENTITY_HEADER]).toBe('anonymous');
      expect(verifyGatewayRequest({ secret: platform.gatewaySecret, headers })).toEqual({ ok: true, identity: ANONYMOUS });
    }
  });
});

describe('organizations', () => {
  it('finds organisations by id and by name prefix, in name order', async () => {
    const water = await registerOrganization(platform.member.graphql, { name: 'Zambezi Water Board', type: 'GOVERNMENT', country: 'ZMB' });
    await registerOrganization(platform.member.graphql, { name: 'Zambezi Farmers Union', type: 'COMMUNITY', country: 'ZMB' });
    const byId = dataOf(await platform.member.graphql(`query($id: ID!) { organization(id: $id) { name type country isDemo } }`, { id: water.id }));
    expect(byId.organization).toEqual({ name: 'Zambezi Water Board', type: 'GOVERNMENT', country: 'ZMB', isDemo: false });
    const found = dataOf(
      await platform.member.graphql(`{ organizations(search: "zamb", first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`),
    );
    expect(found.organizations.totalCount).toBe(2);
    expect(found.organizations.edges.map((edge: any) => edge.node.name)).toEqual(['Zambezi Farmers Union']);
    const next = dataOf(
      await platform.member.graphql(`query($after: String) { organizations(search: "zamb", first: 1, after: $after) { edges { node { name } } } }`, {
        after: found.organizations.pageInfo.endCursor,
      }),
    );
    expect(next.organizations.edges.map((edge: any) => edge.node.name)).toEqual(['Zambezi Water Board']);
  });
});
