import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf } from '@msp-atlas/test-harness';
import { registerPartnership, sharedPlatform, type SharedPlatform } from '@msp-atlas/gateway/testing';
import { eventsOf, registrySnapshot } from './registry-snapshot.js';

let platform: SharedPlatform;
beforeAll(async () => {
  platform = await sharedPlatform();
});

const CHANGE_PHASE = `mutation($input: ChangePhaseInput!) {
  changePhase(input: $input) { partnership { phase version phaseHistory { fromPhase toPhase changedOn note } } } }`;

describe('changePhase', () => {
  it('moves forward and back, keeping a dated history with notes', async () => {
    const partnership = await registerPartnership(platform.member.graphql, { startDate: '2023-02-01' });
    dataOf(
      await platform.member.graphql(CHANGE_PHASE, {
        input: { partnershipId: partnership.id, expectedVersion: 1, phase: 'DESIGN', changedOn: '2023-06-01', note: 'Core group formed' },
      }),
    );
    dataOf(
      await platform.member.graphql(CHANGE_PHASE, {
        input: { partnershipId: partnership.id, expectedVersion: 2, phase: 'IMPLEMENTATION', changedOn: '2024-01-10' },
      }),
    );
    const back = dataOf(
      await platform.member.graphql(CHANGE_PHASE, {
        input: { partnershipId: partnership.id, expectedVersion: 3, phase: 'DESIGN', changedOn: '2024-05-01', note: 'Key funder left' },
      }),
    ).changePhase.partnership;
    expect(back.phase).toBe('DESIGN');
    expect(back.version).toBe(4);
    expect(back.phaseHistory).toEqual([
      { fromPhase: null, toPhase: 'INITIATION', changedOn: '2023-02-01', note: 'Registered' },
      { fromPhase: 'INITIATION', toPhase: 'DESIGN', changedOn: '2023-06-01', note: 'Core group formed' },
      { fromPhase: 'DESIGN', toPhase: 'IMPLEMENTATION', changedOn: '2024-01-10', note: '' },
      { fromPhase: 'IMPLEMENTATION', toPhase: 'DESIGN', changedOn: '2024-05-01', note: 'Key funder left' },
    ]);
    const events = await eventsOf(platform.dbs.partnerships, partnership.id);
    expect(events.at(-1)).toMatchObject({ type: 'PartnershipPhaseChanged', aggregate_version: 4 });
    expect(events.at(-1)!.payload).toMatchObject({ fromPhase: 'IMPLEMENTATION', toPhase: 'DESIGN' });
  });

  it('refuses a change to the phase the partnership is in, changing nothing', async () => {
    const partnership = await registerPartnership(platform.member.graphql);
    const before = await registrySnapshot(platform.dbs.partnerships);
    const error = errorOf(await platform.member.graphql(CHANGE_PHASE, { input: { partnershipId: partnership.id, expectedVersion: 1, phase: 'INITIATION' } }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.phase' });
    expect(await registrySnapshot(platform.dbs.partnerships)).toEqual(before);
  });

  it('refuses a stale version and a date in the future', async () => {
    const partnership = await registerPartnership(platform.member.graphql);
    const stale = errorOf(await platform.member.graphql(CHANGE_PHASE, { input: { partnershipId: partnership.id, expectedVersion: 7, phase: 'DESIGN' } }));
    expect(stale.code).toBe('CONFLICT');
    const future = errorOf(
      await platform.member.graphql(CHANGE_PHASE, { input: { partnershipId: partnership.id, expectedVersion: 1, phase: 'DESIGN', changedOn: '2999-01-01' } }),
    );
    expect(future).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.changedOn' });
  });
});
