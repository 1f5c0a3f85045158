import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@msp-atlas/test-harness';
import { createDatabase, migrateSchema, sql, type Kysely } from '../src/index.js';

const migrations = {
  '20261127T1000_create_notes': {
    up: async (db: Kysely<any>) => {
      await db.schema
        .createTable('notes')
        .addColumn('id', 'serial', (c) => c.primaryKey())
        .addColumn('written_on', 'date')
        .addColumn('amount', 'numeric')
        .execute();
    },
  },
};

describe('migrateSchema', () => {
  let testDb: TestDatabase;
  let db: Kysely<any>;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = createDatabase({ url: testDb.url, schema: 'notes_service' });
  });
  afterAll(async () => {
    await db.destroy();
    await testDb.drop();
  });

  it('creates the schema, applies migrations once, and keeps tables inside the schema', async () => {
    expect(await migrateSchema(db, 'notes_service', migrations)).toEqual(['20261127T1000_create_notes']);
    expect(await migrateSchema(db, 'notes_service', migrations)).toEqual([]);
    const { rows } = await sql<{ table_schema: string }>`
      select table_schema from information_schema.tables where table_name = 'notes'`.execute(db);
    expect(rows).toEqual([{ table_schema: 'notes_service' }]);
  });

  it('lets services that start together migrate one schema without racing', async () => {
    const instances = Array.from({ length: 4 }, () => createDatabase({ url: testDb.url, schema: 'shared_log' }));
    try {
      const applied = await Promise.all(instances.map((instance) => migrateSchema(instance, 'shared_log', migrations)));
      expect(applied.flat()).toEqual(['20261127T1000_create_notes']);
    } finally {
      await Promise.all(instances.map((instance) => instance.destroy()));
    }
  });

  it('returns dates as ISO strings and numerics as numbers', async () => {
    await db.insertInto('notes').values({ written_on: '2026-02-28', amount: '12.50' }).execute();
    const row = await db.selectFrom('notes').selectAll().executeTakeFirstOrThrow();
    expect(row.written_on).toBe('2026-02-28');
    expect(row.amount).toBe(12.5);
  });

  it('names the failing migration', async () => {
    const broken = {
      ...migrations,
      '20261127T1100_broken': {
        up: async (d: Kysely<any>) => {
          await sql`select nonsense from nowhere`.execute(d);
        },
      },
    };
    await expect(migrateSchema(db, 'notes_service', broken)).rejects.toThrow(/20261127T1100_broken/);
  });
});
