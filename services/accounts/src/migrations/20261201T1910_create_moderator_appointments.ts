import { sql, type Kysely } from 'kysely';

// Frozen: moderators of a part of the platform (the learning library first).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('moderator_appointments')
    .addColumn('account_id', 'uuid', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('appointed_by', 'uuid', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('appointed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('moderator_appointments_pkey', ['account_id', 'scope'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('moderator_appointments').execute();
}
