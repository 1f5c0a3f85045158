import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureEvent, partnershipSnapshotFixture } from '@msp-atlas/event-contracts/fixtures';
import { appendEvents } from '@msp-atlas/events';
import { dataOf } from '@msp-atlas/test-harness';
import { type Platform, registerPartnership, startPlatform } from '../../src/testing/index.js';
import { afterTerminatingBackends, waitFor } from './database-outage.js';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform({ databaseBehindProxy: 'learning' });
  await registerPartnership(platform.member.graphql, { name: 'Delta Restoration Pact' });
});
afterAll(() => platform?.stop());

/** One query per subgraph that reads its database. */
const READ_EVERY_SERVICE = `{
  partnerships(first: 5) { totalCount }
  lessons(first: 5) { totalCount }
  overlapIndexStatus { indexedPartnerships lag }
  sdgGoal(code: "6") { code }
}`;

/** What the partnerships service appends when it registers one (the overlap index reads the snapshot). */
function registered(name: string) {
  const partnership = partnershipSnapshotFixture({ name, countries: ['BGD'] });
  return fixtureEvent('PartnershipRegistered', { partnership }, { aggregateId: partnership.id });
}

const indexStatus = async () => dataOf(await platform.graphql('{ overlapIndexStatus { indexedPartnerships lag } }')).overlapIndexStatus;

describe('PostgreSQL ending every connection (a restart)', () => {
  it('leaves every service answering the next requests, with no restart of theirs', async () => {
    expect(dataOf(await platform.graphql(READ_EVERY_SERVICE)).partnerships).toEqual({ totalCount: 1 });
    // The very next requests: the pools still hold the dead connections.
    const [first, second] = await afterTerminatingBackends(platform.databaseUrl, () =>
      Promise.all([platform.graphql(READ_EVERY_SERVICE), platform.graphql(READ_EVERY_SERVICE)]),
    );
    for (const response of [first, second]) {
      expect(response.errors).toBeUndefined();
      expect(response.data).toMatchObject({ partnerships: { totalCount: 1 }, lessons: { totalCount: 0 }, sdgGoal: { code: '6' } });
    }
    for (const subgraph of Object.values(platform.subgraphs)) {
      expect((await fetch(subgraph.url.replace(/\/graphql$/, '/readyz'))).status).toBe(200);
    }
  });

  it('lets a service write at once, and the event consumer catch up with what was appended after', async () => {
    await waitFor(async () => (await indexStatus()).lag === 0);
    const { indexedPartnerships } = await indexStatus();
    // The registry's own pool writes, in transactions, right after the drop.
    const append = (name: string) => platform.dbs.partnerships.transaction().execute((trx) => appendEvents(trx, 'partnerships', [registered(name)]));
    await afterTerminatingBackends(platform.databaseUrl, () => Promise.all([append('After the restart'), append('And one more')]));
    // The context service's consumer lost its LISTEN connection and pool with the rest.
    await waitFor(async () => {
      const status = await indexStatus();
      return status.indexedPartnerships === indexedPartnerships + 2 && status.lag === 0;
    });
  });
});

describe('a service whose database is unreachable', () => {
  it('fails only its fields, with SERVICE_UNAVAILABLE naming it, and is not ready until the database is back', async () => {
    const lessonsReady = () => fetch(platform.subgraphs.learning.url.replace(/\/graphql$/, '/readyz')).then((response) => response.status);
    const query = '{ partnerships(first: 5) { totalCount } lesson(id: "9a5c3e0e-1111-4111-8111-111111111111") { title } }';
    await platform.databaseProxy!.stop();
    try {
      expect(await platform.graphql(query)).toEqual({
        data: { partnerships: { totalCount: 1 }, lesson: null },
        errors: [
          {
            message: 'The learning service is unavailable',
            path: ['lesson'],
            extensions: { code: 'SERVICE_UNAVAILABLE', service: 'learning', reason: 'DATABASE', serviceName: 'learning' },
          },
        ],
      });
      expect(await lessonsReady()).toBe(503);
    } finally {
      await platform.databaseProxy!.start();
    }
    expect(await lessonsReady()).toBe(200);
    expect(await platform.graphql(query)).toEqual({ data: { partnerships: { totalCount: 1 }, lesson: null } });
  });
});
