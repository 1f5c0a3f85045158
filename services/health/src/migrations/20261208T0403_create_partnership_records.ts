import { sql, type Kysely } from 'kysely';

// What the health service keeps of the registry, from its events (issue 16): per
// partnership its place in the overview and the record's parts the rules read
// (`record`, null until an event carried them whole), and the accounts of its members,
// who may assess it.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('partnership_records')
    .addColumn('partnership_id', 'uuid', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('registered_at', 'timestamptz', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('countries', sql`text[]`, (c) => c.notNull())
    .addColumn('sectors', sql`text[]`, (c) => c.notNull())
    .addColumn('is_demo', 'boolean', (c) => c.notNull())
    .addColumn('record', 'jsonb')
    .execute();
  // partnershipsByHealth lists newest registration first, as the partnership list does.
  await db.schema.createIndex('partnership_records_registered').on('partnership_records').columns(['registered_at desc', 'partnership_id desc']).execute();
  await db.schema
    .createTable('partnership_members')
    .addColumn('partnership_id', 'uuid', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('partnership_members_pk', ['partnership_id', 'account_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('partnership_members').execute();
  await db.schema.dropTable('partnership_records').execute();
}
