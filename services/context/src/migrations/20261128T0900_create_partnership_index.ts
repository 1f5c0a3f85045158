import { sql, type Kysely } from 'kysely';

// Frozen: the overlap index's first schema. Later changes go into new migrations.
export async function up(db: Kysely<any>): Promise<void> {
  // A projection of the partnerships service's events: replaying the log rebuilds it.
  await db.schema
    .createTable('partnership_index')
    .addColumn('partnership_id', 'uuid', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('countries', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('regions', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('sectors', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('sdg_targets', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('indexed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('partnership_index').execute();
}
