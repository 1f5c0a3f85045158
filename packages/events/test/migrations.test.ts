import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@msp-atlas/db';
import { eventLogMigrations, migrateEventLog } from '../src/index.js';
import { createEventLogFixture, type EventLogFixture } from './event-log-fixture.js';

describe('migrateEventLog', () => {
  let fixture: EventLogFixture;
  beforeAll(async () => {
    fixture = await createEventLogFixture();
  });
  afterAll(async () => {
    await fixture?.close();
  });

  it('keeps its tables in the event_log schema and is idempotent', async () => {
    expect(Object.keys(eventLogMigrations).every((name) => /^\d{8}T\d{4}_[a-z_]+$/.test(name))).toBe(true);
    expect(await migrateEventLog(fixture.db)).toEqual([]);
    const { rows } = await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = 'event_log' and table_name not like 'kysely_%'
      order by table_name`.execute(fixture.db);
    expect(rows.map((row) => row.table_name)).toEqual(['consumer_cursors', 'dead_letters', 'events']);
  });
});
