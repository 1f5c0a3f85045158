import { sql, type Kysely } from 'kysely';

// The health overview's counts (as the partnerships service's migration made them), kept by the projection as it writes its rows, so
// the overview over the whole registry reads a few thousand rows instead of scanning
// 100,000 (services/health/README.md, "Health overview"). One row per country
// named ('*': every partnership once), phase and demo flag; `counts` holds, per success
// factor in the framework's order, the partnerships with each status code (0..4), so
// counts[factor * 5 + status + 1].
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('health_counts')
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'boolean', (c) => c.notNull())
    .addColumn('partnerships', 'integer', (c) => c.notNull())
    .addColumn('counts', sql`integer[]`, (c) => c.notNull())
    .addPrimaryKeyConstraint('health_counts_key', ['country', 'phase', 'is_demo'])
    .execute();
  // The oldest evaluation (the overview's evaluatedAt) without a scan.
  await db.schema.createIndex('partnership_health_evaluated_at').on('partnership_health').column('evaluated_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('partnership_health_evaluated_at').execute();
  await db.schema.dropTable('health_counts').execute();
}
