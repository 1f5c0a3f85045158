import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '@msp-atlas/test-harness';
import { curatorOf, type Platform, publishedLesson, registerPartnership, startPlatform } from '../../src/testing/index.js';
import { waitFor } from './database-outage.js';

let platform: Platform;
let lesson: { id: string; title: string };
beforeAll(async () => {
  platform = await startPlatform();
  await registerPartnership(platform.member.graphql, { name: 'Lake Basin Compact' });
  lesson = await publishedLesson(platform.member, await curatorOf(platform, ['KEN']), { title: 'Agree on the data first', countries: ['KEN'] });
});
afterAll(() => platform?.stop());

const unavailable = (service: string) => ({
  message: `The ${service} service is unavailable`,
  extensions: { code: 'SERVICE_UNAVAILABLE', service, reason: 'UNREACHABLE' },
});

const REGISTRY_AND_LESSON = `query($id: ID!) { partnerships(first: 5) { totalCount edges { node { name } } } lesson(id: $id) { title } }`;

describe('a subgraph that is down', () => {
  it('leaves the other services’ data in the answer, with one error naming it, until it is back on its port', async () => {
    await platform.subgraphs.learning.stop();
    const response = await platform.graphql(REGISTRY_AND_LESSON, { id: lesson.id });
    expect(response).toEqual({
      data: { partnerships: { totalCount: 1, edges: [{ node: { name: 'Lake Basin Compact' } }] }, lesson: null },
      errors: [unavailable('learning')],
    });
    // Neither the subgraph's address nor a stack reaches the client.
    expect(JSON.stringify(response)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stacktrace|http:/);

    // The gateway itself stays up and answers what does not need the stopped subgraph.
    expect((await fetch(`${platform.gatewayOrigin}/healthz`)).status).toBe(200);
    expect(dataOf(await platform.graphql('{ sdgGoal(code: "6") { code } }')).sdgGoal).toEqual({ code: '6' });

    await platform.subgraphs.learning.start();
    expect(dataOf(await platform.graphql(REGISTRY_AND_LESSON, { id: lesson.id }))).toEqual({
      partnerships: { totalCount: 1, edges: [{ node: { name: 'Lake Basin Compact' } }] },
      lesson: { title: 'Agree on the data first' },
    });
  });

  it("keeps the other services' data when a root field of the stopped one is asked for (overlapIndexStatus)", async () => {
    // Stopping the service stops its consumer too: let it index the registration first.
    const lag = async () => dataOf(await platform.graphql('{ overlapIndexStatus { lag } }')).overlapIndexStatus.lag;
    await waitFor(async () => (await lag()) === 0);
    await platform.subgraphs.context.stop();
    // Root fields are nullable (see NULLABLE_WHY in packages/federation): a non-null one would null `data` as a whole.
    expect(await platform.graphql('{ partnerships(first: 1) { totalCount } overlapIndexStatus { lag } }')).toEqual({
      data: { partnerships: { totalCount: 1 }, overlapIndexStatus: null },
      errors: [unavailable('context')],
    });
    await platform.subgraphs.context.start();
    // Other services append events in the background (the registry's health projection, say): the restarted consumer catches up.
    await waitFor(async () => (await lag()) === 0);
    // Answered again; a further background event may be pending by now, so the lag is any count.
    expect(dataOf(await platform.graphql('{ partnerships(first: 1) { totalCount } overlapIndexStatus { lag } }'))).toEqual({
      partnerships: { totalCount: 1 },
      overlapIndexStatus: { lag: expect.any(Number) },
    });
  });

  it('names each subgraph that is down once', async () => {
    await Promise.all([platform.subgraphs.learning.stop(), platform.subgraphs.sdg.stop()]);
    try {
      const response = await platform.graphql(
        `query($id: ID!) { sdgGoal(code: "6") { code } lesson(id: $id) { title } partnerships(first: 1) { totalCount } }`,
        { id: lesson.id },
      );
      expect(response.data).toEqual({ sdgGoal: null, lesson: null, partnerships: { totalCount: 1 } });
      expect(response.errors).toHaveLength(2);
      expect(response.errors).toEqual(expect.arrayContaining([unavailable('sdg'), unavailable('learning')]));
    } finally {
      await Promise.all([platform.subgraphs.learning.start(), platform.subgraphs.sdg.start()]);
    }
  });
});
