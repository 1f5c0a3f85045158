import { sql, type Kysely } from 'kysely';

// Frozen: a partnership's contact persons. Personal data: a table of its own, so
// the row that events snapshot never holds it.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('partnership_contacts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('partnership_id', 'uuid', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('role', 'text')
    .execute();
  await db.schema.createIndex('partnership_contacts_partnership').on('partnership_contacts').columns(['partnership_id', 'position']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('partnership_contacts').execute();
}
