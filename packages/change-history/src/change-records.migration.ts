import { sql, type Kysely, type Migration } from 'kysely';

// Frozen once released: a later change of the table is a new version below, never an edit.
const createChangeRecords: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('change_records')
      .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
      .addColumn('record_type', 'text', (c) => c.notNull())
      .addColumn('record_id', 'uuid', (c) => c.notNull())
      .addColumn('record_version', 'integer', (c) => c.notNull())
      .addColumn('actor_account_id', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      // clock_timestamp: two changes in one transaction still come out in order.
      .addColumn('occurred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
      .addColumn('changes', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
      .execute();
    // A record's history, newest first, is one index range scan.
    await db.schema.createIndex('change_records_record').on('change_records').columns(['record_type', 'record_id', 'occurred_at desc', 'id desc']).execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('change_records').execute();
  },
};

const versions = { 1: createChangeRecords } as const;

export type ChangeRecordsVersion = keyof typeof versions;

/**
 * The migration that brings the `change_records` table to `version`. A service lists
 * each version under a timestamped name of its own, e.g.
 * `'20261128T1000_create_change_records': changeRecordsMigration(1)`, so the steps run
 * in the order of the service's migrations and create the table in the service's
 * schema (the connection's search path).
 */
export function changeRecordsMigration(version: ChangeRecordsVersion): Migration {
  return versions[version];
}
