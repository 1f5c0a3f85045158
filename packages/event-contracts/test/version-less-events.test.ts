import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, migrateSchema, sql, type Kysely } from '@msp-atlas/db';
import { eventLogMigrations, migrateEventLog, readEvents } from '@msp-atlas/events';
import { createTestDatabase, type TestDatabase } from '@msp-atlas/test-harness';
import { parseEvent } from '../src/index.js';
import { fixtureEvent, partnershipSnapshotFixture } from '../src/fixtures/index.js';

describe('events written before schema versions', () => {
  let testDb: TestDatabase;
  let db: Kysely<any>;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = createDatabase<any>({ url: testDb.url, schema: 'some_service' });
  });
  afterAll(async () => {
    await db?.destroy();
    await testDb?.drop();
  });

  it('read as version 1 once the log is migrated', async () => {
    const before = Object.fromEntries(Object.entries(eventLogMigrations).filter(([name]) => name < '20261201T1900'));
    await migrateSchema(db, 'event_log', before);
    const event = fixtureEvent('PartnershipRegistered', { partnership: partnershipSnapshotFixture() });
    // As the producer wrote it then: no schema version anywhere.
    await sql`insert into event_log.events (source, type, aggregate_type, aggregate_id, aggregate_version, payload)
      values ('partnerships', ${event.type}, ${event.aggregateType}, ${event.aggregateId}, 1, ${JSON.stringify(event.payload)}::jsonb)`.execute(db);

    await migrateEventLog(db);
    const [stored] = await firstEventsVisible(db);
    expect(stored?.schemaVersion).toBe(1);
    expect(parseEvent(stored!).payload).toEqual(event.payload);
  });
});

/** The log's events once readers see them: another test's open transaction on the server can hold them back briefly. */
async function firstEventsVisible(db: Kysely<any>) {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const { events } = await readEvents(db, null, 10);
    if (events.length > 0) return events;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('The event stayed invisible');
}
