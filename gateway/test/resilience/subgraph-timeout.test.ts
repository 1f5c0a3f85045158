import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '@msp-atlas/test-harness';
import { startInsightsSubgraph, type InsightsSubgraph } from './insights-subgraph.js';
import { type Platform, registerPartnership, startPlatform } from '../../src/testing/index.js';

const TIMEOUT_MS = 1_000;
const timedOut = {
  message: 'The insights service is unavailable',
  extensions: { code: 'SERVICE_UNAVAILABLE', service: 'insights', reason: 'TIMEOUT' },
};

let platform: Platform;
let insights: InsightsSubgraph;
let partnership: { id: string; name: string };
beforeAll(async () => {
  insights = await startInsightsSubgraph();
  // A stand-in subgraph adds fields to Partnership; only it gets the short timeout.
  platform = await startPlatform({ extraSubgraphs: [insights], gatewayOptions: { subgraphTimeoutsMs: { insights: TIMEOUT_MS } } });
  partnership = await registerPartnership(platform.member.graphql, { name: 'Slow Insight Alliance' });
});
afterEach(() => insights.answer());
afterAll(async () => {
  await platform?.stop();
  await insights?.stop();
});

/** The response and how long the gateway took for it. */
async function timed(query: string, variables: Record<string, unknown> = {}) {
  const started = performance.now();
  const response = await platform.graphql(query, variables);
  return { response, ms: performance.now() - started };
}

describe('a subgraph that does not answer in time', () => {
  it('answers after about the timeout with the other services’ data and one error naming it', async () => {
    insights.hang();
    const { response, ms } = await timed(`query($id: ID!) { partnership(id: $id) { name insight } sdgGoal(code: "6") { code } }`, { id: partnership.id });
    expect(response).toEqual({
      data: { partnership: { name: 'Slow Insight Alliance', insight: null }, sdgGoal: { code: '6' } },
      errors: [timedOut],
    });
    expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 10);
    expect(ms).toBeLessThan(TIMEOUT_MS + 2_000);
  });

  it('nulls the nearest nullable parent of a non-null field it should have added', async () => {
    insights.hang();
    // score is Int!: the partnership itself becomes null; the other root field stays.
    const single = await timed(`query($id: ID!) { partnership(id: $id) { name score } partnerships(first: 1) { totalCount } }`, { id: partnership.id });
    expect(single.response).toEqual({ data: { partnership: null, partnerships: { totalCount: 1 } }, errors: [timedOut] });
    // In a connection every level up to the (nullable) root field is non-null, so the whole list goes.
    const list = await timed(`{ partnerships(first: 5) { totalCount edges { node { name score } } } }`);
    expect(list.response).toEqual({ data: { partnerships: null }, errors: [timedOut] });
    // A nullable field it adds is null in each item, and the list stays.
    const nullable = await timed(`{ partnerships(first: 5) { edges { node { name insight } } } }`);
    expect(nullable.response).toEqual({
      data: { partnerships: { edges: [{ node: { name: 'Slow Insight Alliance', insight: null } }] } },
      errors: [timedOut],
    });
  });

  it('keeps serving the other subgraphs while requests to it wait', async () => {
    insights.hang();
    const waiting = timed('{ insightOfTheDay }');
    const meanwhile = await timed('{ partnerships(first: 1) { totalCount } }');
    expect(meanwhile.response).toEqual({ data: { partnerships: { totalCount: 1 } } });
    expect(meanwhile.ms).toBeLessThan(TIMEOUT_MS);
    expect((await waiting).response).toEqual({ data: { insightOfTheDay: null }, errors: [timedOut] });
  });

  it('answers in full again once it answers in time', async () => {
    insights.hang();
    expect((await timed('{ insightOfTheDay }')).response.errors).toEqual([timedOut]);
    insights.answer();
    const data = dataOf(await platform.graphql(`query($id: ID!) { partnership(id: $id) { name insight score } }`, { id: partnership.id }));
    expect(data.partnership).toEqual({ name: 'Slow Insight Alliance', insight: `insight on ${partnership.id}`, score: 7 });
  });
});
