import { sql, type Kysely } from 'kysely';

// Frozen: the feed of sign-outs and role changes the gateways read instead of the sessions.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('access_changes')
    .addColumn('seq', 'bigserial', (c) => c.primaryKey())
    // `session-ended`, `token-revoked` or `grants-changed`.
    .addColumn('kind', 'text', (c) => c.notNull())
    // The session id, the provider token id or the account id the change is about.
    .addColumn('subject', 'text', (c) => c.notNull())
    // For `grants-changed`: the account's grants from now on.
    .addColumn('grants', 'jsonb')
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // When no token the change concerns can still be valid: then it matters to nobody.
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('access_changes_by_expiry').on('access_changes').column('expires_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('access_changes').execute();
}
