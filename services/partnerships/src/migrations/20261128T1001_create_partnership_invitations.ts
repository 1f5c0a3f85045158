import { sql, type Kysely } from 'kysely';

// Frozen: invitations to become a member, sent to an e-mail address.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('partnership_invitations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('partnership_id', 'uuid', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('invited_by', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('PENDING'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .addColumn('responded_at', 'timestamptz')
    .addCheckConstraint('partnership_invitations_email_lower_case', sql`email = lower(email)`)
    .execute();
  // At most one pending invitation per address and partnership.
  await db.schema
    .createIndex('partnership_invitations_one_pending')
    .on('partnership_invitations')
    .columns(['partnership_id', 'email'])
    .unique()
    .where(sql.ref('status'), '=', 'PENDING')
    .execute();
  // An account's pending invitations are found by its e-mail.
  await db.schema.createIndex('partnership_invitations_email').on('partnership_invitations').columns(['email', 'status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('partnership_invitations').execute();
}
