import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createTestDatabase, waitFor as waitForCondition, type TestDatabase } from '@msp-atlas/test-harness';
import { createDatabase, sql, type Kysely, type Transaction } from '@msp-atlas/db';
import { appendEvents, migrateEventLog, type NewEvent, type StoredEvent } from '../src/index.js';
import { hasHeldBackEvents } from '../src/read-events.js';

/** A fresh database with the event log and a consumer-side projection table, as a
 * service would have: its own schema on the search path, the log in event_log. */
export interface EventLogFixture {
  url: string;
  db: Kysely<any>;
  /** Empties the log, the cursors and the projection between tests. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function createEventLogFixture(testDb: TestDatabase | Promise<TestDatabase> = createTestDatabase()): Promise<EventLogFixture> {
  const { url, drop } = await testDb;
  const db = createDatabase<any>({ url, schema: 'some_service' });
  await migrateEventLog(db);
  await sql`create schema if not exists some_service`.execute(db);
  // The primary key makes a second delivery of an event inside the projection fail.
  await sql`create table some_service.handled (
    seq bigint primary key, consumer text not null, type text not null)`.execute(db);
  return {
    url,
    db,
    reset: async () => {
      await sql`truncate event_log.events, event_log.consumer_cursors, event_log.dead_letters,
        some_service.handled restart identity`.execute(db);
    },
    close: async () => {
      await db.destroy();
      await drop();
    },
  };
}

export function newEvent(type = 'PartnershipRegistered', aggregateVersion = 1): NewEvent {
  return { type, aggregateType: 'Partnership', aggregateId: randomUUID(), aggregateVersion, payload: { type } };
}

/** Appends and commits `count` events, each in its own transaction. */
export async function appendCommitted(db: Kysely<any>, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    await db.transaction().execute((trx) => appendEvents(trx, 'partnerships', [newEvent(`Event${i}`)]));
  }
}

export async function handledSeqs(db: Kysely<any>): Promise<number[]> {
  const { rows } = await sql<{ seq: number }>`select seq from some_service.handled order by seq`.execute(db);
  return rows.map((row) => row.seq);
}

/** Waits for a condition; the event log's own waits are short. */
export const waitFor = (check: () => Promise<boolean>, timeoutMs = 5_000) => waitForCondition(check, timeoutMs);

/**
 * Waits until readers see every committed event. Transaction ids are server-wide, so a
 * transaction of another test (or another developer) on the same server can briefly
 * hold back events of this database.
 */
export function allVisible(db: Kysely<any>): Promise<void> {
  return waitFor(async () => !(await hasHeldBackEvents(db)));
}

/** The test projection: one row per handled event; a second delivery hits the primary key. */
export async function project(trx: Transaction<any>, event: StoredEvent, consumer = 'projection'): Promise<void> {
  await sql`insert into some_service.handled (seq, consumer, type)
    values (${event.seq}, ${consumer}, ${event.type})`.execute(trx);
}

export async function clearHandled(trx: Transaction<any>): Promise<void> {
  await sql`delete from some_service.handled`.execute(trx);
}

/** The consumer definition most tests use: the projection above, under the name 'projection'. */
export const projection = {
  name: 'projection',
  handle: (trx: Transaction<any>, event: StoredEvent) => project(trx, event),
  clearProjection: clearHandled,
};

/**
 * The fixture for one describe block: created before its tests, emptied before each,
 * closed after them. `started` consumers are stopped after each test.
 */
export function useEventLogFixture(create: () => Promise<EventLogFixture> = () => createEventLogFixture()) {
  let current: EventLogFixture | undefined;
  const started: { stop(): Promise<void> }[] = [];
  beforeAll(async () => {
    current = await create();
  }, 60_000);
  beforeEach(async () => {
    await current!.reset();
  });
  afterEach(async () => {
    await Promise.all(started.splice(0).map((consumer) => consumer.stop()));
  });
  afterAll(async () => {
    await current?.close();
  });
  const fixture = () => {
    if (!current) throw new Error('The event log fixture is only there inside tests');
    return current;
  };
  return {
    get db() {
      return fixture().db;
    },
    get url() {
      return fixture().url;
    },
    /** Stops it after the test. */
    started<T extends { stop(): Promise<void> }>(consumer: T): T {
      started.push(consumer);
      return consumer;
    },
  };
}

/** Holds a handler (a process frozen mid-batch) until the test opens it. */
export function gate(): { passed: Promise<void>; open(): void } {
  let open: () => void = () => {};
  const passed = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { passed, open };
}
