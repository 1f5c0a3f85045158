import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from '@msp-atlas/db';
import { appendEvents, EventConsumer, readEvents } from '../src/index.js';
import { allVisible, appendCommitted, createEventLogFixture, newEvent, type EventLogFixture } from './event-log-fixture.js';

describe('readEvents', () => {
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

  it('pages through the log in order', async () => {
    await appendCommitted(fixture.db, 5);
    await allVisible(fixture.db);
    const first = await readEvents(fixture.db, null, 2);
    const second = await readEvents(fixture.db, first.position, 2);
    const third = await readEvents(fixture.db, second.position, 2);
    const types = [first, second, third].flatMap((page) => page.events.map((event) => event.type));
    expect(types).toEqual(['Event0', 'Event1', 'Event2', 'Event3', 'Event4']);
  });

  it('holds back a later commit while an earlier transaction is still open, then delivers both', async () => {
    // A takes its sequence number (and transaction id) first but commits last.
    const a = await fixture.db.startTransaction().execute();
    await appendEvents(a, 'partnerships', [newEvent('FromA')]);
    await fixture.db.transaction().execute((b) => appendEvents(b, 'partnerships', [newEvent('FromB')]));

    const seen: string[] = [];
    const consumer = new EventConsumer({
      db: fixture.db,
      name: 'gap-free',
      handle: async (_trx, event) => {
        seen.push(event.type);
      },
      clearProjection: async () => {},
    });
    expect((await readEvents(fixture.db, null, 10)).events).toEqual([]);
    expect(await consumer.processAvailable()).toBe(0);
    expect(await consumer.lag()).toBe(1); // B is committed, so it counts as work to do

    await a.commit().execute();
    await allVisible(fixture.db);
    expect(await consumer.processAvailable()).toBe(2);
    expect(seen).toEqual(['FromA', 'FromB']);
    expect(await consumer.lag()).toBe(0);
  });

  it('delivers a later commit once the earlier open transaction rolls back', async () => {
    const a = await fixture.db.startTransaction().execute();
    await appendEvents(a, 'partnerships', [newEvent('FromA')]);
    await fixture.db.transaction().execute((b) => appendEvents(b, 'partnerships', [newEvent('FromB')]));
    expect((await readEvents(fixture.db, null, 10)).events).toEqual([]);
    await a.rollback().execute();
    await allVisible(fixture.db);
    expect((await readEvents(fixture.db, null, 10)).events.map((event) => event.type)).toEqual(['FromB']);
  });

  it('orders by writing transaction, not by sequence number', async () => {
    const a = await fixture.db.startTransaction().execute();
    await appendEvents(a, 'partnerships', [newEvent('A1')]);
    await fixture.db.transaction().execute((b) => appendEvents(b, 'partnerships', [newEvent('B1')]));
    await appendEvents(a, 'partnerships', [newEvent('A2')]); // seq after B1, same transaction as A1
    await a.commit().execute();
    await allVisible(fixture.db);
    const { events } = await readEvents(fixture.db, null, 10);
    expect(events.map((event) => `${event.type}#${event.seq}`)).toEqual(['A1#1', 'A2#3', 'B1#2']);
  });

  it('compares transaction ids as numbers, not as text', async () => {
    // Explicit ids far below any live transaction, chosen so text order would differ.
    for (const [txId, type] of [
      ['10', 'Second'],
      ['9', 'First'],
    ] as const) {
      const event = newEvent(type);
      await sql`insert into event_log.events
        (tx_id, source, type, aggregate_type, aggregate_id, aggregate_version, payload)
        values (${txId}::xid8, 'partnerships', ${type}, ${event.aggregateType}, ${event.aggregateId}, 1, '{}')`.execute(fixture.db);
    }
    const first = await readEvents(fixture.db, null, 1);
    expect(first.events.map((event) => event.type)).toEqual(['First']);
    expect(first.position?.txId).toBe('9');
    const second = await readEvents(fixture.db, first.position, 10);
    expect(second.events.map((event) => event.type)).toEqual(['Second']);
  });
});
