import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fixtureEvent, partnershipSnapshotFixture } from '../src/fixtures/index.js';

// The compiler checks fixtures against the contracts: each @ts-expect-error below
// fails the type check (`npm run typecheck`) as soon as the line would compile.

describe('fixtureEvent', () => {
  it('builds an event with the aggregate type and schema version of its contract', () => {
    const id = randomUUID();
    const event = fixtureEvent(
      'StakeholderRemoved',
      {
        stakeholderId: randomUUID(),
        organizationId: randomUUID(),
        partnership: partnershipSnapshotFixture({ id }),
      },
      { aggregateId: id, aggregateVersion: 4 },
    );
    expect(event).toMatchObject({ type: 'StakeholderRemoved', aggregateType: 'Partnership', aggregateId: id, aggregateVersion: 4, schemaVersion: 1 });
  });

  it('cannot be given a payload of the wrong shape', () => {
    // @ts-expect-error countries are a list of codes
    expect(() => fixtureEvent('PartnershipRegistered', { partnership: partnershipSnapshotFixture({ countries: 'KEN' }) })).toThrow(/countries/);
    // @ts-expect-error a PartnershipUpdated names the fields it changed
    expect(() => fixtureEvent('PartnershipUpdated', { partnership: partnershipSnapshotFixture() })).toThrow(/changedFields/);
    // @ts-expect-error no event type of that name
    expect(() => fixtureEvent('PartnershipExploded', {})).toThrow();
  });

  it('refuses at run time what types cannot express', () => {
    expect(() => fixtureEvent('PartnershipRegistered', { partnership: partnershipSnapshotFixture({ countries: ['Kenya'] }) })).toThrow(/alpha-3/);
    expect(() => fixtureEvent('StakeholderAdded', { stakeholderId: 'not-an-id', partnership: partnershipSnapshotFixture() })).toThrow(/stakeholderId/);
  });
});
