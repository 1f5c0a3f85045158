import { afterEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { appendEvents, EventConsumer, type EventConsumerOptions, type StoredEvent } from '../src/index.js';
import { appendCommitted, createEventLogFixture, handledSeqs, newEvent, project, projection, useEventLogFixture, waitFor } from './event-log-fixture.js';
import { startPrivateCluster } from './private-cluster.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What consumers cost each other and the cluster. Transaction ids are cluster-wide, so
 * these tests run on a server of their own, where nothing else writes.
 */
describe('EventConsumer beside other consumers', () => {
  const fixture = useEventLogFixture(() => createEventLogFixture(startPrivateCluster()));
  const errors: unknown[] = [];
  afterEach(() => {
    expect(errors.splice(0)).toEqual([]);
  });

  async function startConsumer<Prepared>(options: Partial<EventConsumerOptions<Prepared>> & Pick<EventConsumerOptions<Prepared>, 'name' | 'handle'>) {
    const consumer = fixture.started(
      new EventConsumer<Prepared>({ db: fixture.db, ...projection, listen: { url: fixture.url }, onError: (error) => errors.push(error), ...options }),
    );
    await consumer.start();
    return consumer;
  }

  it('leaves the transaction counter unchanged while idle consumers poll for 10 s', async () => {
    const names = ['idle-a', 'idle-b', 'idle-c'];
    const idle: EventConsumer[] = [];
    for (const name of names) idle.push(await startConsumer({ name, pollIntervalMs: 100, handle: async () => {} }));
    await appendCommitted(fixture.db, 3);
    // Caught up, each lease given back: from here on nothing has work to do.
    await waitFor(async () => {
      const statuses = await Promise.all(idle.map((consumer) => consumer.status()));
      return statuses.every((status) => status.pending === 0);
    });
    await sleep(300);

    // A connection of its own that only reads: asking for pg_current_xact_id() would take an id.
    const observer = new pg.Client({ connectionString: fixture.url });
    await observer.connect();
    try {
      const nextTxId = async () => (await observer.query<{ next: string }>('select pg_snapshot_xmax(pg_current_snapshot())::text as next')).rows[0]!.next;
      const before = await nextTxId();
      await sleep(10_000); // about 100 polls per consumer
      expect(await nextTxId()).toBe(before);
    } finally {
      await observer.end();
    }
  }, 20_000);

  it('delivers to a fast consumer within 1 s while another spends 2 s on each event', async () => {
    let slowInProgress = 0;
    const slow = await startConsumer({
      name: 'slow',
      prepare: async () => {
        slowInProgress += 1;
        await sleep(2_000); // an HTTP call, a model: outside any transaction
        slowInProgress -= 1;
        return 'prepared';
      },
      handle: async (trx, event, prepared: string) => {
        expect(prepared).toBe('prepared');
        await project(trx, event);
      },
    });
    const handledAt = new Map<string, number>();
    await startConsumer({
      name: 'fast',
      handle: async (_trx, event: StoredEvent) => {
        handledAt.set(event.aggregateId, Date.now());
      },
    });

    const latencies: number[] = [];
    let slowWasBusy = 0;
    for (let i = 0; i < 8; i += 1) {
      const appendedAt = Date.now();
      const [event] = await fixture.db.transaction().execute((trx) => appendEvents(trx, 'partnerships', [newEvent(`Timed${i}`)]));
      if (slowInProgress > 0) slowWasBusy += 1;
      await waitFor(async () => handledAt.has(event!.aggregateId), 3_000);
      latencies.push(handledAt.get(event!.aggregateId)! - appendedAt);
      await sleep(250);
    }
    expect(slowWasBusy).toBeGreaterThanOrEqual(6); // the slow one was working all along
    expect(Math.max(...latencies)).toBeLessThan(1_000);
    expect((await handledSeqs(fixture.db)).length).toBeLessThan(8); // and it is still behind
    expect(await slow.lag()).toBeGreaterThan(0);
  }, 30_000);
});
