import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Kysely, Transaction } from '@msp-atlas/db';
import { EventConsumer, EventHandlerError, type StoredEvent } from '../src/index.js';
import { allVisible, appendCommitted, createEventLogFixture, handledSeqs, project, projection, type EventLogFixture } from './event-log-fixture.js';

function projectionConsumer(db: Kysely<any>, options: { batchSize?: number } = {}): EventConsumer {
  return new EventConsumer({ db, ...projection, ...options });
}

describe('EventConsumer, driven directly', () => {
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

  it('handles every event once, in batches, and keeps its cursor across instances', async () => {
    await appendCommitted(fixture.db, 7);
    await allVisible(fixture.db);
    expect(await projectionConsumer(fixture.db, { batchSize: 3 }).processAvailable()).toBe(7);
    expect(await handledSeqs(fixture.db)).toEqual([1, 2, 3, 4, 5, 6, 7]);

    await appendCommitted(fixture.db, 2);
    await allVisible(fixture.db);
    const restarted = projectionConsumer(fixture.db, { batchSize: 3 });
    expect(await restarted.processAvailable()).toBe(2);
    expect(await restarted.processAvailable()).toBe(0);
    expect(await handledSeqs(fixture.db)).toHaveLength(9);
  });

  it('reports lag as the committed events after its cursor', async () => {
    const consumer = projectionConsumer(fixture.db);
    expect(await consumer.lag()).toBe(0);
    await appendCommitted(fixture.db, 3);
    expect(await consumer.lag()).toBe(3);
    await allVisible(fixture.db);
    await consumer.processAvailable();
    expect(await consumer.lag()).toBe(0);
    expect(await new EventConsumer({ db: fixture.db, name: 'other', handle: async () => {}, clearProjection: async () => {} }).lag()).toBe(3);
  });

  it('commits the events before a failing one, stops at it and delivers it again', async () => {
    await appendCommitted(fixture.db, 3);
    await allVisible(fixture.db);
    let failOn: string | null = 'Event1';
    const consumer = new EventConsumer({
      db: fixture.db,
      ...projection,
      handle: async (trx, event) => {
        await project(trx, event);
        if (event.type === failOn) throw new Error('projection bug');
      },
    });
    const failure = await consumer.processAvailable().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EventHandlerError);
    expect((failure as EventHandlerError).event.type).toBe('Event1');
    expect((failure as EventHandlerError).attempts).toBe(1);
    expect((failure as Error).cause).toEqual(new Error('projection bug'));
    expect(await handledSeqs(fixture.db)).toEqual([1]); // Event1's own write rolled back
    expect(await consumer.lag()).toBe(2);

    failOn = null;
    expect(await consumer.processAvailable()).toBe(2);
    expect(await handledSeqs(fixture.db)).toEqual([1, 2, 3]);
  });

  it('replays everything from the start', async () => {
    await appendCommitted(fixture.db, 4);
    await allVisible(fixture.db);
    const consumer = projectionConsumer(fixture.db, { batchSize: 2 });
    await consumer.processAvailable();
    await consumer.replayFromStart(); // clears the projection too
    expect(await consumer.lag()).toBe(4);
    expect(await consumer.processAvailable()).toBe(4);
    expect(await handledSeqs(fixture.db)).toEqual([1, 2, 3, 4]);
  });

  it('lets two instances of one consumer run side by side without handling an event twice', async () => {
    await appendCommitted(fixture.db, 60);
    await allVisible(fixture.db);
    const slowHandle = async (trx: Transaction<any>, event: StoredEvent) => {
      await new Promise((resolve) => setTimeout(resolve, 2));
      await project(trx, event);
    };
    const first = new EventConsumer({ db: fixture.db, ...projection, handle: slowHandle, batchSize: 5 });
    const second = new EventConsumer({ db: fixture.db, ...projection, handle: slowHandle, batchSize: 5 });
    const [a, b] = await Promise.all([first.processAvailable(), second.processAvailable()]);
    expect(a + b).toBe(60);
    expect(await handledSeqs(fixture.db)).toHaveLength(60);
  });
});
