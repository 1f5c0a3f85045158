import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from '@msp-atlas/db';
import { EventConsumer, type EventConsumerOptions } from '../src/index.js';
import { appendCommitted, createEventLogFixture, handledSeqs, project, projection, waitFor, type EventLogFixture } from './event-log-fixture.js';

async function handledCount(fixture: EventLogFixture): Promise<number> {
  return (await handledSeqs(fixture.db)).length;
}

describe('EventConsumer, running in the background', () => {
  let fixture: EventLogFixture;
  const started: EventConsumer[] = [];
  beforeAll(async () => {
    fixture = await createEventLogFixture();
  });
  beforeEach(async () => {
    await fixture.reset();
  });
  afterEach(async () => {
    await Promise.all(started.splice(0).map((consumer) => consumer.stop()));
  });
  afterAll(async () => {
    await fixture?.close();
  });

  function start(options: Partial<EventConsumerOptions> = {}): EventConsumer {
    const consumer = new EventConsumer({ db: fixture.db, ...projection, ...options });
    started.push(consumer);
    return consumer;
  }

  it('wakes on NOTIFY for an event appended after start', async () => {
    const errors: unknown[] = [];
    const consumer = start({ listen: { url: fixture.url }, pollIntervalMs: 60_000, onError: (e) => errors.push(e) });
    await consumer.start();
    await waitFor(async () => (await consumer.lag()) === 0); // the start-up pass is done
    await appendCommitted(fixture.db, 1);
    await waitFor(async () => (await handledCount(fixture)) === 1);
    expect(errors).toEqual([]);
  });

  it('listens again after its LISTEN connection is killed', async () => {
    const name = `projection_${randomUUID().slice(0, 8)}`;
    const errors: unknown[] = [];
    const consumer = start({ name, listen: { url: fixture.url }, pollIntervalMs: 60_000, onError: (e) => errors.push(e) });
    await consumer.start();
    const listenerPid = async () => {
      const { rows } = await sql<{ pid: number }>`
        select pid from pg_stat_activity where application_name = ${`event-consumer:${name}`}`.execute(fixture.db);
      return rows[0]?.pid;
    };
    const killed = await listenerPid();
    expect(killed).toBeDefined();
    await sql`select pg_terminate_backend(${killed})`.execute(fixture.db);
    await waitFor(async () => {
      const pid = await listenerPid();
      return pid !== undefined && pid !== killed;
    });
    await appendCommitted(fixture.db, 1);
    await waitFor(async () => (await handledCount(fixture)) === 1);
    expect(errors.length).toBeGreaterThan(0); // the dropped connection was reported
  });

  it('retries a failing handler after a back-off instead of crashing', async () => {
    let failures = 0;
    const errors: unknown[] = [];
    const consumer = start({
      pollIntervalMs: 60_000,
      onError: (e) => errors.push(e),
      handle: async (trx, event) => {
        if (failures < 2) {
          failures += 1;
          throw new Error('temporarily broken');
        }
        await project(trx, event);
      },
    });
    await appendCommitted(fixture.db, 2);
    await consumer.start();
    await waitFor(async () => (await handledCount(fixture)) === 2);
    expect(errors).toHaveLength(2);
  });

  it('runs two instances of one consumer at once and handles each event exactly once', async () => {
    const errors: unknown[] = [];
    const options = { listen: { url: fixture.url }, pollIntervalMs: 20, batchSize: 7, onError: (e: unknown) => errors.push(e) };
    await Promise.all([start(options).start(), start(options).start()]);
    await Promise.all([appendCommitted(fixture.db, 50), appendCommitted(fixture.db, 50)]);
    await waitFor(async () => (await handledCount(fixture)) === 100, 10_000);
    expect(errors).toEqual([]); // a duplicate delivery would have hit the primary key
  });

  it('stop() lets the batch in progress commit and then resolves', async () => {
    let release: () => void = () => {};
    const blocked = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered = false;
    const consumer = new EventConsumer({
      db: fixture.db,
      ...projection,
      pollIntervalMs: 60_000,
      handle: async (trx, event) => {
        entered = true;
        await blocked;
        await project(trx, event);
      },
    });
    await appendCommitted(fixture.db, 1);
    await consumer.start();
    await waitFor(async () => entered);
    let stopped = false;
    const stopping = consumer.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(await handledCount(fixture)).toBe(1);
    expect(await consumer.lag()).toBe(0);
  });
});
