import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@msp-atlas/db';
import { changeRecordsPage, countChangeRecords } from '../src/index.js';
import { type ChangeHistoryFixture, HISTORY_TEST_SCHEMA as SCHEMA, startChangeHistoryFixture } from './support/change-history-fixture.js';

describe('change records', () => {
  let fixture: ChangeHistoryFixture;
  let db: ChangeHistoryFixture['db'];
  const recordWithChanges: ChangeHistoryFixture['recordWithChanges'] = (...args) => fixture.recordWithChanges(...args);

  beforeAll(async () => {
    fixture = await startChangeHistoryFixture();
    db = fixture.db;
  });
  afterAll(() => fixture?.close());

  it('creates the table in the calling service’s schema', async () => {
    const { rows } = await sql<{ table_schema: string }>`
      select table_schema from information_schema.tables where table_name = 'change_records'`.execute(db);
    expect(rows.map((row) => row.table_schema)).toEqual([SCHEMA]);
  });

  it('pages through a record’s history newest first after the key of the last change seen', async () => {
    const record = await recordWithChanges(5);
    await recordWithChanges(2);
    const first = await changeRecordsPage(db, record, 2, null);
    expect(first.map((row) => row.record_version)).toEqual([5, 4]);
    const last = first.at(-1)!;
    const next = await changeRecordsPage(db, record, 10, [last.occurred_at_key, last.id]);
    expect(next.map((row) => row.record_version)).toEqual([3, 2, 1]);
    expect(next.at(-1)).toMatchObject({ action: 'createLesson', actor_account_id: 'account-1', changes: [{ field: 'title', old: null, new: 'v1' }] });
    expect(await countChangeRecords(db, record)).toBe(5);
  });
});
