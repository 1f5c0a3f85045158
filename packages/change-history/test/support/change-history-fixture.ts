import { randomUUID } from 'node:crypto';
import { createDatabase, migrateSchema, type Kysely } from '@msp-atlas/db';
import { createTestDatabase } from '@msp-atlas/test-harness';
import { appendChangeRecord, changeRecordsMigration, type ChangeHistoryTables } from '../../src/index.js';

export const HISTORY_TEST_SCHEMA = 'history_test';

export interface ChangeHistoryFixture {
  db: Kysely<ChangeHistoryTables>;
  /** Appends `count` changes to a new record, each in a transaction of its own, oldest first. */
  recordWithChanges(count: number, actorAccountId?: string | null): Promise<{ recordType: string; recordId: string }>;
  close(): Promise<void>;
}

/** The change records table in a schema of its own, on a database of this test file's own: the tests of change-history and of its GraphQL half. */
export async function startChangeHistoryFixture(): Promise<ChangeHistoryFixture> {
  const testDb = await createTestDatabase();
  const db = createDatabase<ChangeHistoryTables>({ url: testDb.url, schema: HISTORY_TEST_SCHEMA });
  await migrateSchema(db, HISTORY_TEST_SCHEMA, { '20261128T1000_create_change_records': changeRecordsMigration(1) });
  return {
    db,
    async recordWithChanges(count, actorAccountId = 'account-1') {
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
    },
    async close() {
      await db.destroy();
      await testDb.drop();
    },
  };
}
