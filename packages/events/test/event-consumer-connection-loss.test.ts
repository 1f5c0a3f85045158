import { afterAll, afterEach, beforeAll, beforeEach, describe, it } from 'vitest';
import pg from 'pg';
import { createDatabase, isConnectionError, sql } from '@msp-atlas/db';
import { startTcpProxy, type TcpProxy } from '@msp-atlas/db/testing';
import { EventConsumer, type EventConsumerOptions } from '../src/index.js';
import { appendCommitted, createEventLogFixture, handledSeqs, projection, waitFor, type EventLogFixture } from './event-log-fixture.js';

/**
 * The consumer when PostgreSQL goes away: every connection of the database
 * terminated (a restart), or the server unreachable for a while (a proxy in front
 * of it stopped). A long poll interval shows that a wake-up, not the poll, did it.
 */
describe('EventConsumer when the database connection is lost', () => {
  let fixture: EventLogFixture;
  let proxy: TcpProxy;
  const cleanUp: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    fixture = await createEventLogFixture();
    proxy = await startTcpProxy(fixture.url);
  });
  beforeEach(async () => {
    await fixture.reset();
    await proxy.start();
  });
  afterEach(async () => {
    for (const step of cleanUp.splice(0).reverse()) await step();
  });
  afterAll(async () => {
    await proxy?.stop();
    await fixture?.close();
  });

  function start(options: Partial<EventConsumerOptions>) {
    const errors: unknown[] = [];
    const consumer = new EventConsumer({ db: fixture.db, ...projection, onError: (e) => errors.push(e), ...options });
    cleanUp.push(() => consumer.stop());
    return { consumer, errors };
  }

  const handled = async (count: number) => (await handledSeqs(fixture.db)).length === count;

  it('keeps polling while its LISTEN connection is down and listens again once it is back', async () => {
    const { consumer, errors } = start({ listen: { url: proxy.url }, pollIntervalMs: 100 });
    await consumer.start();
    await proxy.stop();
    await waitFor(async () => errors.length > 0); // the listener noticed
    await appendCommitted(fixture.db, 2);
    await waitFor(() => handled(2)); // by polling: no notification can arrive
    await proxy.start();
    const listening = async () => {
      const { rows } = await sql<{ count: number }>`
        select count(*)::int as count from pg_stat_activity
        where datname = current_database() and application_name = 'event-consumer:projection' and query ilike 'listen%'`.execute(fixture.db);
      return rows[0]!.count === 1;
    };
    await waitFor(listening);
  });

  it('catches up with events appended after every connection of the database was terminated', async () => {
    const { consumer } = start({ listen: { url: fixture.url }, pollIntervalMs: 60_000 });
    await consumer.start();
    await appendCommitted(fixture.db, 1);
    await waitFor(() => handled(1));
    const killer = new pg.Client({ connectionString: fixture.url });
    await killer.connect();
    await killer.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
    // Appended at once, through a pool that still holds the terminated connections.
    await appendCommitted(fixture.db, 3);
    await killer.end();
    // The poll is a minute away: the LISTEN connection came back and woke the consumer.
    await waitFor(() => handled(4));
  });

  it('keeps trying at the poll interval while the database is unreachable, and catches up once it is back', async () => {
    const db = createDatabase<any>({ url: proxy.url, schema: 'some_service', poolSize: 2, connectionTimeoutMs: 1_000 });
    cleanUp.push(() => db.destroy());
    // Polling only, so every error is a failed pass.
    const { consumer, errors } = start({ db, pollIntervalMs: 300 });
    await consumer.start();
    await proxy.stop();
    // Six failed passes within the wait: a failing handler's back-off would take 6.2 s for them.
    await waitFor(async () => errors.filter(isConnectionError).length >= 6, 4_000);
    await appendCommitted(fixture.db, 2);
    await proxy.start();
    await waitFor(() => handled(2), 2_000);
  });
});
