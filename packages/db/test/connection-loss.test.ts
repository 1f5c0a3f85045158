import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@msp-atlas/test-harness';
import { createDatabase, databaseReadiness, isConnectionError, sql, type Kysely } from '../src/index.js';
import { startTcpProxy } from './support/tcp-proxy.js';

/**
 * PostgreSQL going away under a service's pool: its own connections terminated (a
 * restart ends every backend), or the server unreachable for a while (a proxy in
 * front of it stopped and started again). Only this file's database is touched.
 */
describe('createDatabase when connections are lost', () => {
  let testDb: TestDatabase;
  let db: Kysely<any>;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = createDatabase({ url: testDb.url, schema: 'notes', poolSize: 3, applicationName: 'connection-loss' });
    await sql`create schema notes`.execute(db);
    await sql`create table notes.notes (id serial primary key, text text not null)`.execute(db);
  });
  afterAll(async () => {
    await db.destroy();
    await testDb.drop();
  });

  /** Fills the pool: three statements at once leave three idle connections behind. */
  const warmUp = () => Promise.all([1, 2, 3].map(() => sql`select pg_sleep(0.01)`.execute(db)));

  /**
   * Ends every backend of the pool, and leaves the connection that did it open until
   * `then` has run: the statements then start while the pool still holds the dead
   * connections, before their sockets report the end (the race a restart causes).
   */
  async function terminateBackends<T>(then: () => Promise<T>): Promise<T> {
    const killer = new pg.Client({ connectionString: testDb.url });
    await killer.connect();
    try {
      const { rows } = await killer.query<{ pid: number }>(
        `select pid from pg_stat_activity where datname = current_database() and application_name = 'connection-loss'`,
      );
      expect(rows.length).toBeGreaterThan(0);
      await killer.query('select pg_terminate_backend(pid) from unnest($1::int[]) as pid', [rows.map((row) => row.pid)]);
      return await then();
    } finally {
      await killer.end();
    }
  }

  it('serves the first reads and writes after every connection was terminated', async () => {
    for (let round = 1; round <= 5; round += 1) {
      await warmUp();
      const [read, written] = await terminateBackends(() =>
        Promise.all([
          sql<{ one: number }>`select 1 as one`.execute(db),
          db.transaction().execute((trx) =>
            trx
              .insertInto('notes')
              .values({ text: `round ${round}` })
              .returning('id')
              .execute(),
          ),
          sql`select 2`.execute(db),
        ]),
      );
      expect(read.rows).toEqual([{ one: 1 }]);
      expect(written).toHaveLength(1);
    }
    const { rows } = await sql<{ count: number }>`select count(*)::int as count from notes.notes`.execute(db);
    expect(rows[0]!.count).toBe(5);
  });

  it('fails a transaction whose connection is lost half-way, commits none of it, and survives', async () => {
    const before = await db.selectFrom('notes').select(sql<number>`count(*)::int`.as('count')).executeTakeFirstOrThrow();
    const outcome = db.transaction().execute(async (trx) => {
      await trx.insertInto('notes').values({ text: 'lost with the connection' }).execute();
      const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
      const killer = new pg.Client({ connectionString: testDb.url });
      await killer.connect();
      await killer.query('select pg_terminate_backend($1)', [rows[0]!.pid]);
      await killer.end();
      // The connection is checked out and idle while it dies: its 'error' event must not crash the process.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await trx.insertInto('notes').values({ text: 'never sent' }).execute();
    });
    const error = await outcome.then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(isConnectionError(error)).toBe(true);
    const after = await db.selectFrom('notes').select(sql<number>`count(*)::int`.as('count')).executeTakeFirstOrThrow();
    expect(after.count).toBe(before.count);
  });
});

describe('readiness while the server is unreachable', () => {
  it('is not ready while the server is away and ready again once it is back, with no restart', async () => {
    const testDb = await createTestDatabase();
    const proxy = await startTcpProxy(testDb.url);
    const db = createDatabase({ url: proxy.url, schema: 'public', poolSize: 2, connectionTimeoutMs: 2_000 });
    const isReady = databaseReadiness(db);
    const ready = () => isReady().catch(() => false);
    try {
      expect(await ready()).toBe(true);
      await proxy.stop();
      expect(await ready()).toBe(false);
      await expect(sql`select 1`.execute(db)).rejects.toSatisfy(isConnectionError);
      await proxy.start();
      expect(await ready()).toBe(true);
      expect((await sql<{ one: number }>`select 1 as one`.execute(db)).rows).toEqual([{ one: 1 }]);
    } finally {
      await db.destroy();
      await proxy.stop();
      await testDb.drop();
    }
  });
});
