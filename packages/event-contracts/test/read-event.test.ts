import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PoisonEventError, type NewEvent, type StoredEvent } from '@msp-atlas/events';
import { currentPayload, defineEventContract, parseEvent, readEvent, PARTNERSHIP_RECORD_EVENT_TYPES } from '../src/index.js';
import { fixtureEvent, partnershipSnapshotFixture } from '../src/fixtures/index.js';

let seq = 0;
const stored = (event: NewEvent, changes: Partial<StoredEvent> = {}): StoredEvent => ({
  ...event,
  schemaVersion: event.schemaVersion ?? 1,
  seq: ++seq,
  source: 'partnerships',
  occurredAt: new Date(),
  ...changes,
});

const registered = () => fixtureEvent('PartnershipRegistered', { partnership: partnershipSnapshotFixture({ name: 'Water for all' }) });

describe('parseEvent', () => {
  it('returns the event typed by its contract', () => {
    const event = parseEvent(stored(registered()));
    expect(event.type).toBe('PartnershipRegistered');
    if (event.type !== 'PartnershipRegistered') throw new Error('narrowed above');
    expect(event.payload.partnership.name).toBe('Water for all');
  });

  it('drops fields the schema does not name, so consumers see only the contract', () => {
    const event = registered();
    const payload = { ...event.payload, partnership: { ...event.payload.partnership, contacts: ['someone@example.org'] } };
    const parsed = parseEvent(stored({ ...event, payload }));
    expect(JSON.stringify(parsed.payload)).not.toContain('someone@example.org');
  });

  it.each([
    ['an unknown schema version', (event: StoredEvent) => ({ ...event, schemaVersion: 2 }), /schema version 2 of PartnershipRegistered is unknown/],
    [
      'a payload that fails the schema',
      (event: StoredEvent) => ({ ...event, payload: { partnership: { id: event.aggregateId } } }),
      /payload fails PartnershipRegistered v1/,
    ],
    ['a type no contract names', (event: StoredEvent) => ({ ...event, type: 'PartnershipExploded' }), /no contract for the type PartnershipExploded/],
    [
      'another aggregate type than the contract',
      (event: StoredEvent) => ({ ...event, aggregateType: 'Organization' }),
      /is about Partnership, not Organization/,
    ],
  ])('throws PoisonEventError for %s', (_case, spoil, message) => {
    const event = spoil(stored(registered()));
    expect(() => parseEvent(event)).toThrow(PoisonEventError);
    expect(() => parseEvent(event)).toThrow(message);
  });
});

describe('readEvent', () => {
  it('reads the types a consumer names and passes over every other, known or not', () => {
    const invited = fixtureEvent('PartnershipMemberInvited', { invitationId: randomUUID() });
    expect(readEvent(stored(registered()), PARTNERSHIP_RECORD_EVENT_TYPES)?.type).toBe('PartnershipRegistered');
    expect(readEvent(stored(invited), PARTNERSHIP_RECORD_EVENT_TYPES)).toBeNull();
    expect(readEvent(stored({ ...invited, type: 'SomethingNew' }), PARTNERSHIP_RECORD_EVENT_TYPES)).toBeNull();
  });

  it('still refuses a named type it cannot read', () => {
    expect(() => readEvent(stored(registered(), { schemaVersion: 9 }), ['PartnershipRegistered'])).toThrow(PoisonEventError);
  });
});

describe('schema versions', () => {
  // Version 1 had one `title`; version 2 split it into a name and a summary.
  const renamed = defineEventContract({
    type: 'ThingNamed',
    aggregateType: 'Thing',
    schemaVersion: 2,
    payload: z.object({ name: z.string(), summary: z.string() }),
    earlier: [{ schemaVersion: 1, payload: z.object({ title: z.string() }), upgrade: (v1: { title: string }) => ({ name: v1.title, summary: '' }) }],
  });
  const refuse = (reason: string) => new PoisonEventError(reason);

  it('upgrades a payload of an earlier version and reads the current one as it is', () => {
    expect(currentPayload(renamed, 1, { title: 'Wells' }, refuse)).toEqual({ name: 'Wells', summary: '' });
    expect(currentPayload(renamed, 2, { name: 'Wells', summary: 'Deep ones' }, refuse)).toEqual({ name: 'Wells', summary: 'Deep ones' });
  });

  it('refuses versions it does not know and payloads that fail the version they claim', () => {
    expect(() => currentPayload(renamed, 3, { name: 'Wells', summary: '' }, refuse)).toThrow(/schema version 3 of ThingNamed is unknown/);
    expect(() => currentPayload(renamed, 1, { name: 'Wells', summary: '' }, refuse)).toThrow(/payload fails ThingNamed v1/);
  });

  it('wants versions in ascending order', () => {
    expect(() =>
      defineEventContract({
        type: 'Muddled',
        aggregateType: 'Thing',
        schemaVersion: 1,
        payload: z.object({}),
        earlier: [{ schemaVersion: 2, payload: z.object({}), upgrade: (v) => v }],
      }),
    ).toThrow(/ascending/);
  });
});
