import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf } from '@msp-atlas/test-harness';
import { registerPartnership, sharedPlatform, type SharedPlatform } from '@msp-atlas/gateway/testing';
import { eventsOf, registrySnapshot } from './registry-snapshot.js';

let platform: SharedPlatform;
beforeAll(async () => {
  platform = await sharedPlatform();
});

const UPDATE = `mutation($input: UpdatePartnershipInput!) {
  updatePartnership(input: $input) { partnership { id name summary website version countries sdgTargets sdgGoals endDate
    milestones { id title status } indicators { id name } } } }`;

describe('updatePartnership', () => {
  it('changes only the given fields and moves the version on', async () => {
    const partnership = await registerPartnership(platform.member.graphql, { website: 'https://example.org' });
    const updated = dataOf(
      await platform.member.graphql(UPDATE, {
        input: { id: partnership.id, expectedVersion: 1, name: 'Renamed Alliance', sdgTargets: ['6.2', '5.1'], website: null },
      }),
    ).updatePartnership.partnership;
    expect(updated).toMatchObject({
      name: 'Renamed Alliance',
      summary: partnership.summary,
      website: null,
      version: 2,
      sdgTargets: ['5.1', '6.2'],
      sdgGoals: ['5', '6'],
    });
    const events = await eventsOf(platform.dbs.partnerships, partnership.id);
    expect(events.map((event) => [event.type, event.aggregate_version])).toEqual([
      ['PartnershipRegistered', 1],
      ['PartnershipUpdated', 2],
    ]);
    expect(events[1]!.payload.changedFields).toEqual(['name', 'website', 'sdgTargets']);
  });

  it('replaces milestones and indicators, keeping the identity of listed ones', async () => {
    const partnership = await registerPartnership(platform.member.graphql, {
      milestones: [{ title: 'First' }, { title: 'Second' }],
      indicators: [{ name: 'Wells built' }],
    });
    const [first] = partnership.milestones;
    const updated = dataOf(
      await platform.member.graphql(UPDATE, {
        input: {
          id: partnership.id,
          expectedVersion: 1,
          milestones: [{ title: 'New' }, { id: first.id, title: 'First, renamed', status: 'ACHIEVED' }],
          indicators: [{ id: partnership.indicators[0].id, name: 'Wells working' }],
        },
      }),
    ).updatePartnership.partnership;
    expect(updated.milestones.map((milestone: any) => milestone.title)).toEqual(['New', 'First, renamed']);
    expect(updated.milestones[1]).toEqual({ id: first.id, title: 'First, renamed', status: 'ACHIEVED' });
    expect(updated.indicators).toEqual([{ id: partnership.indicators[0].id, name: 'Wells working' }]);
  });

  it('refuses a stale expectedVersion with CONFLICT and overwrites nothing', async () => {
    const partnership = await registerPartnership(platform.member.graphql);
    dataOf(await platform.member.graphql(UPDATE, { input: { id: partnership.id, expectedVersion: 1, name: 'First writer' } }));
    const before = await registrySnapshot(platform.dbs.partnerships);
    const error = errorOf(await platform.member.graphql(UPDATE, { input: { id: partnership.id, expectedVersion: 1, name: 'Late writer' } }));
    expect(error.code).toBe('CONFLICT');
    expect(error.extensions).toMatchObject({ expectedVersion: 1, actualVersion: 2 });
    expect(await registrySnapshot(platform.dbs.partnerships)).toEqual(before);
  });

  it('lets exactly one of many concurrent updates from the same version win', async () => {
    const partnership = await registerPartnership(platform.member.graphql);
    const writers = Array.from({ length: 8 }, (_, index) =>
      platform.member.graphql(UPDATE, { input: { id: partnership.id, expectedVersion: 1, name: `Writer ${index}` } }),
    );
    const responses = await Promise.all(writers);
    const winners = responses.filter((response) => !response.errors);
    const losers = responses.filter((response) => response.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map((response) => errorOf(response).code)).toEqual(Array(7).fill('CONFLICT'));
    const read = dataOf(await platform.member.graphql(`query($id: ID!) { partnership(id: $id) { name version } }`, { id: partnership.id }));
    expect(read.partnership).toEqual({ name: winners[0]!.data.updatePartnership.partnership.name, version: 2 });
    expect(await eventsOf(platform.dbs.partnerships, partnership.id)).toHaveLength(2);
  });

  it('answers NOT_FOUND for an unknown partnership', async () => {
    const error = errorOf(await platform.member.graphql(UPDATE, { input: { id: '5d0b5b2e-1111-4111-8111-111111111111', expectedVersion: 1, name: 'X' } }));
    expect(error.code).toBe('NOT_FOUND');
  });
});
