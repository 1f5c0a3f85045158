import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '@msp-atlas/test-harness';
import { type Platform, registerPartnership, startPlatform } from '../../src/testing/index.js';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform.stop());

describe('the composed platform', () => {
  it('serves every subgraph through one graph', async () => {
    const data = dataOf(
      await platform.member.graphql(`{
        sdgGoal(code: "6") { code title color targets { code } }
        lessons(first: 5) { totalCount }
        overlapIndexStatus { indexedPartnerships lag }
        partnerships(first: 1) { totalCount }
      }`),
    );
    expect(data.sdgGoal).toMatchObject({ code: '6', color: '#26BDE2' });
    expect(data.sdgGoal.targets.map((target: any) => target.code)).toContain('6.a');
    expect(data.lessons.totalCount).toBe(0);
    expect(data.partnerships.totalCount).toBe(0);
  });

  it('carries registrations to the context service through the event log', async () => {
    await registerPartnership(platform.member.graphql, { countries: ['GHA'], sdgTargets: ['4.1'] });
    await registerPartnership(platform.member.graphql, { countries: ['SEN'], sdgTargets: ['4.2'] });
    const deadline = Date.now() + 10_000;
    let status = { indexedPartnerships: 0, lag: -1 };
    while (Date.now() < deadline) {
      status = dataOf(await platform.member.graphql(`{ overlapIndexStatus { indexedPartnerships lag } }`)).overlapIndexStatus;
      if (status.indexedPartnerships === 2 && status.lag === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(status).toEqual({ indexedPartnerships: 2, lag: 0 });
  });

  it('answers health and readiness probes', async () => {
    expect((await fetch(`${platform.gatewayOrigin}/healthz`)).status).toBe(200);
    for (const url of Object.values(platform.subgraphUrls)) {
      expect((await fetch(url.replace('/graphql', '/readyz'))).status).toBe(200);
    }
  });
});
