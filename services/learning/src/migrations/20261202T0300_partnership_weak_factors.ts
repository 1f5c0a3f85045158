import { sql, type Kysely } from 'kysely';

// Frozen: the health check's weakest success factors per partnership, from the registry's
// PartnershipHealthChanged events (part of the partnership projection: a replay rebuilds it).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('partnership_weak_factors')
    .addColumn('partnership_id', 'uuid', (c) => c.primaryKey())
    // The PartnershipHealth aggregate's version: only a newer event replaces the row.
    .addColumn('health_version', 'integer', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('evaluated_on', 'date', (c) => c.notNull())
    // Weakest first, as the event lists them.
    .addColumn('weakest_factors', sql`text[]`, (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('partnership_weak_factors').execute();
}
