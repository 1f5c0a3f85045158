import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, migrateSchema, sql, type Kysely } from '@msp-atlas/db';
import { createTestDatabase, type TestDatabase } from '@msp-atlas/test-harness';
import { appendChangeRecord, changeRecordsMigration, changeRecordsPage, countChangeRecords, type ChangeHistoryTables } from '../src/index.js';

const SCHEMA = 'history_test';

describe('change records', () => {
  let testDb: TestDatabase;
  let db: Kysely<ChangeHistoryTables>;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = createDatabase<ChangeHistoryTables>({ url: testDb.url, schema: SCHEMA });
    await migrateSchema(db, SCHEMA, { '20261128T1000_create_change_records': changeRecordsMigration(1) });
  });
  afterAll(async () => {
    await db?.destroy();
    await testDb?.drop();
  });

  /** Appends `count` changes to a new record, each in a transaction of its own, oldest first. */
  async function recordWithChanges(count: number, actorAccountId: string | null = 'account-1') {
    const recordId = randomUUID();
    for (let version = 1; version <= count; version += 1) {
      await db.transaction().execute((trx) =>
        appendChangeRecord(trx, {
          recordType: 'Lesson',
          recordId,
          recordVersion: version,
          actorAccountId,
          action: version === 1 ? 'createLesson' : 'updateLesson',
          changes: [{ field: 'title', old: version === 1 ? null : `v${version - 1}`, new: `v${version}` }],
        }),
      );
    }
    return { recordType: 'Lesson', recordId };
  }

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
