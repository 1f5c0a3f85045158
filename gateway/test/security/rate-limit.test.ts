import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf } from '@msp-atlas/test-harness';
import { startPlatform, type Platform } from '../support/platform.js';
import { postOperation } from './post-raw.js';

const PER_MINUTE = 3;
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform({ gatewayOptions: { limits: { mutationRatePerMinute: PER_MINUTE } } });
});
afterAll(() => platform.stop());

let sequence = 0;
function registerOrganization() {
  sequence += 1;
  return postOperation(platform.gatewayUrl, `mutation($input: NewOrganizationInput!) { registerOrganization(input: $input) { organization { id } } }`, {
    input: { name: `Rate Limited Organisation ${sequence}`, type: 'CIVIL_SOCIETY', country: 'KEN' },
  });
}

describe('mutation rate limit per client', () => {
  it(`answers RATE_LIMITED with a retry-after after ${PER_MINUTE} mutations, and keeps answering queries`, async () => {
    for (let count = 0; count < PER_MINUTE; count += 1) dataOf((await registerOrganization()).json);

    let refused!: Awaited<ReturnType<typeof registerOrganization>>;
    // Refused before the subgraph is called, so nothing is written.
    const statements = await platform.countStatements(async () => {
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
