import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf } from '@msp-atlas/test-harness';
import { type Platform, registerPartnership, startPlatform } from '../../src/testing/index.js';

// Accounts used to live in the gateway with their own pool: a lost identity database
// took the gateway down with it. Now only the accounts subgraph's own fields fail.
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform({ databaseBehindProxy: 'accounts' });
  await registerPartnership(platform.member.graphql, { name: 'Highland Water Forum' });
});
afterAll(() => platform?.stop());

describe('the accounts database unreachable', () => {
  it('fails sign-in naming accounts while the gateway serves the rest, signed-in requests included', async () => {
    const member = await platform.signUp();
    await platform.databaseProxy!.stop();
    try {
      const signIn = await platform.graphql(`mutation { signIn(input: { email: "${member.email}", password: "${member.password}" }) { token } }`);
      expect(errorOf(signIn)).toMatchObject({ code: 'SERVICE_UNAVAILABLE', extensions: { service: 'accounts', reason: 'DATABASE' } });
      expect((await fetch(`${platform.gatewayOrigin}/readyz`)).status).toBe(200);
      expect(dataOf(await platform.graphql('{ partnerships(first: 5) { totalCount } }')).partnerships.totalCount).toBe(1);
      // The token is checked by the gateway alone (key and feed in memory), within the staleness bound.
      expect(dataOf(await member.graphql('{ partnerships(first: 5) { totalCount } }')).partnerships.totalCount).toBe(1);
    } finally {
      await platform.databaseProxy!.start();
    }
    expect(dataOf(await member.graphql('{ viewer { id } }')).viewer.id).toBe(member.id);
  });
});
