import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf } from '@msp-atlas/test-harness';
import { type Platform, startPlatform } from '../../src/testing/index.js';
import { postOperation } from '../../src/testing/post-raw.js';

const PER_MINUTE = 3;
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform({ gatewayOptions: { limits: { mutationRatePerMinute: PER_MINUTE } } });
});
afterAll(() => platform.stop());

let sequence = 0;
function registerOrganization(token = platform.member.token) {
  sequence += 1;
  return postOperation(
    platform.gatewayUrl,
    `mutation($input: NewOrganizationInput!) { registerOrganization(input: $input) { organization { id } } }`,
    {
      input: { name: `Rate Limited Organisation ${sequence}`, type: 'CIVIL_SOCIETY', country: 'KEN' },
    },
    token,
  );
}

describe('mutation rate limit per client', () => {
  it(`answers RATE_LIMITED with a retry-after after ${PER_MINUTE} mutations, and keeps answering queries`, async () => {
    for (let count = 0; count < PER_MINUTE; count += 1) dataOf((await registerOrganization()).json);

    let refused!: Awaited<ReturnType<typeof registerOrganization>>;
    // Refused before the subgraph is called, so nothing is written.
    const statements = await platform.countStatements('partnerships', async () => {
      refused = await registerOrganization();
    });
    expect(statements).toBe(0);
    expect(refused.status).toBe(429);
    const error = errorOf(refused.json);
    expect(error.code).toBe('RATE_LIMITED');
    // One token comes back every 60 / PER_MINUTE seconds.
    expect(error.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.extensions.retryAfterSeconds).toBeLessThanOrEqual(60 / PER_MINUTE);
    expect(refused.headers.get('retry-after')).toBe(String(error.extensions.retryAfterSeconds));
    expect(error.extensions.http).toBeUndefined();

    for (let count = 0; count < PER_MINUTE + 2; count += 1) {
      expect(dataOf(await platform.graphql('{ sdgGoal(code: "6") { code } }')).sdgGoal.code).toBe('6');
    }
  });
});

describe('mutation rate limit per account', () => {
  it("counts an account's mutations wherever they come from", async () => {
    const account = await platform.signUp();
    // Another loopback address is another client to the gateway, with a full bucket of its own.
    for (let count = 0; count < PER_MINUTE; count += 1) {
      const response = await postFrom('127.0.0.2', REGISTER_ORGANIZATION(`Account Limit ${count}`), account.token);
      expect(response.json.errors).toBeUndefined();
    }
    const refused = await postFrom('127.0.0.3', REGISTER_ORGANIZATION('Account Limit over'), account.token);
    expect(refused.status).toBe(429);
    expect(errorOf(refused.json)).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/this account/) });
  });
});

const REGISTER_ORGANIZATION = (name: string) =>
  JSON.stringify({
    query: `mutation($input: NewOrganizationInput!) { registerOrganization(input: $input) { organization { id } } }`,
    variables: { input: { name, type: 'CIVIL_SOCIETY', country: 'KEN' } },
  });

/** A POST from a chosen local address (fetch cannot pick one): 127.0.0.0/8 is all loopback on Linux. */
function postFrom(localAddress: string, body: string, token: string): Promise<{ status: number; json: any }> {
  const url = new URL(platform.gatewayUrl);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, json: JSON.parse(text) }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
