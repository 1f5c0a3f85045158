import { sql, type Kysely } from 'kysely';

// Frozen: the accounts that may edit a partnership and manage its members.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('partnership_members')
    .addColumn('partnership_id', 'uuid', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    // Accounts live in the accounts service: an id, not a foreign key.
    .addColumn('account_id', 'text', (c) => c.notNull())
    // The verified e-mail the account joined with (lower case), so an invitation to a
    // member's address can be refused; never shown to non-members.
    .addColumn('email', 'text')
    .addColumn('joined_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    // Null for the account that registered the partnership.
    .addColumn('invited_by', 'text')
    .addPrimaryKeyConstraint('partnership_members_pk', ['partnership_id', 'account_id'])
    .execute();
  await db.schema.createIndex('partnership_members_account').on('partnership_members').columns(['account_id', 'joined_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('partnership_members').execute();
}
