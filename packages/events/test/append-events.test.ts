import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { isUniqueViolation } from '@msp-atlas/db';
import { appendEvents, readEvents } from '../src/index.js';
import { allVisible, createEventLogFixture, newEvent, waitFor, type EventLogFixture } from './event-log-fixture.js';

describe('appendEvents', () => {
  let fixture: EventLogFixture;
  beforeAll(async () => {
    fixture = await createEventLogFixture();
  });
  beforeEach(async () => {
    await fixture.reset();
  });
  afterAll(async () => {
    await fixture?.close();
  });

  it('stores events and reads them back', async () => {
    const first = { ...newEvent('PartnershipRegistered', 1), payload: { name: 'Clean Water', sdgs: [6] } };
    const second = { ...first, type: 'PartnershipRenamed', aggregateVersion: 2, payload: ['array', 'payload'] };
    const stored = await fixture.db.transaction().execute((trx) => appendEvents(trx, 'partnerships', [first, second]));
    expect(stored.map((event) => event.aggregateVersion)).toEqual([1, 2]);
    expect(stored[0]).toMatchObject({ ...first, schemaVersion: 1, source: 'partnerships', seq: expect.any(Number) });
    expect(stored[0]?.occurredAt).toBeInstanceOf(Date);

    await allVisible(fixture.db);
    const page = await readEvents(fixture.db, null, 10);
    expect(page.events).toEqual(stored);
    expect(page.position).toEqual({ txId: expect.stringMatching(/^\d+$/), seq: stored[1]?.seq });
    expect(await readEvents(fixture.db, page.position, 10)).toEqual({ events: [], position: page.position });
  });

  it('keeps the schema version of each payload, 1 when the producer names none', async () => {
    const versioned = { ...newEvent('PartnershipRegistered', 1), schemaVersion: 2 };
    const stored = await fixture.db.transaction().execute((trx) => appendEvents(trx, 'partnerships', [versioned, newEvent()]));
    expect(stored.map((event) => event.schemaVersion)).toEqual([2, 1]);
    await allVisible(fixture.db);
    expect((await readEvents(fixture.db, null, 10)).events.map((event) => event.schemaVersion)).toEqual([2, 1]);
  });

  it('leaves nothing behind when the transaction rolls back', async () => {
    await expect(
      fixture.db.transaction().execute(async (trx) => {
        await appendEvents(trx, 'partnerships', [newEvent()]);
        throw new Error('the mutation failed');
      }),
    ).rejects.toThrow('the mutation failed');
    expect((await readEvents(fixture.db, null, 10)).events).toEqual([]);
  });

  it('refuses a second event for the same aggregate version', async () => {
    const event = newEvent();
    await fixture.db.transaction().execute((trx) => appendEvents(trx, 'partnerships', [event]));
    const duplicate = fixture.db.transaction().execute((trx) => appendEvents(trx, 'partnerships', [{ ...event, type: 'Other' }]));
    await expect(duplicate).rejects.toSatisfy((error) => isUniqueViolation(error));
  });

  it('notifies listeners when the transaction commits, not before', async () => {
    const listener = new pg.Client({ connectionString: fixture.url });
    await listener.connect();
    try {
      const received: string[] = [];
      listener.on('notification', (message) => received.push(`${message.channel}:${message.payload}`));
      await listener.query('listen event_log');
      const trx = await fixture.db.startTransaction().execute();
      await appendEvents(trx, 'partnerships', [newEvent()]);
      await listener.query('select 1'); // a round trip, so a premature notification would have arrived
      expect(received).toEqual([]);
      await trx.commit().execute();
      await waitFor(async () => received.length > 0);
      expect(received).toEqual(['event_log:partnerships']);
    } finally {
      await listener.end();
    }
  });
});
