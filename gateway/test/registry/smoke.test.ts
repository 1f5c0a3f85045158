import { afterAll, beforeAll, expect, it } from 'vitest';
import { dataOf } from '../support/graphql-client.js';
import { startPlatform, type Platform } from '../support/platform.js';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform.stop());

it('registers and reads back through the gateway', async () => {
  const registered = dataOf(
    await platform.graphql(
      `mutation($input: RegisterPartnershipInput!) { registerPartnership(input: $input) { partnership { id slug version phase sdgGoals } } }`,
      { input: { name: 'Clean Water Alliance', scope: 'NATIONAL', countries: ['KEN'], sdgTargets: ['6.1'] } },
    ),
  );
  expect(registered.registerPartnership.partnership).toMatchObject({ slug: 'clean-water-alliance', version: 1, phase: 'INITIATION', sdgGoals: ['6'] });
});
