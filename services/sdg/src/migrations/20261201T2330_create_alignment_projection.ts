import { sql, type Kysely } from 'kysely';

// Frozen: the alignment projection's first schema. Later changes go into new migrations.
export async function up(db: Kysely<any>): Promise<void> {
  // One row per partnership: its declared targets and what its own text evidences.
  // A projection of the partnerships service's events: replaying the log rebuilds it.
  await db.schema
    .createTable('partnership_alignment')
    .addColumn('partnership_id', 'uuid', (c) => c.primaryKey())
    .addColumn('partnership_version', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('countries', sql`text[]`, (c) => c.notNull())
    .addColumn('regions', sql`text[]`, (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('declared_targets', sql`text[]`, (c) => c.notNull())
    // Whether the record says more than its name (summary, description, objectives).
    .addColumn('described', 'boolean', (c) => c.notNull())
    .addColumn('suggestions', 'jsonb', (c) => c.notNull())
    .addColumn('computed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // One row per partnership and target it declares or its text evidences, with the
  // partnership's place and state copied in, so coverage is one indexed scan.
  await db.schema
    .createTable('partnership_target')
    .addColumn('partnership_id', 'uuid', (c) => c.notNull().references('partnership_alignment.partnership_id').onDelete('cascade'))
    .addColumn('target_code', 'text', (c) => c.notNull())
    .addColumn('goal', 'smallint', (c) => c.notNull())
    .addColumn('declared', 'boolean', (c) => c.notNull())
    .addColumn('score', 'real')
    .addColumn('countries', sql`text[]`, (c) => c.notNull())
    .addColumn('regions', sql`text[]`, (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // The partnership's organisations and its money per currency, copied onto each of its
    // targets: coverage counts and sums without a join.
    .addColumn('organization_ids', sql`uuid[]`, (c) => c.notNull())
    .addColumn('amounts', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('partnership_target_pkey', ['partnership_id', 'target_code'])
    .execute();
  await db.schema.createIndex('partnership_target_target_idx').on('partnership_target').columns(['target_code', 'partnership_id']).execute();
  await db.schema.createIndex('partnership_alignment_name_idx').on('partnership_alignment').columns(['name', 'partnership_id']).execute();
  await sql`create index partnership_target_countries_idx on partnership_target using gin (countries)`.execute(db);
  await sql`create index partnership_target_regions_idx on partnership_target using gin (regions)`.execute(db);

  // The partnership's stakeholders and what each brings, from the snapshot: coverage
  // counts organisations and sums money per currency from it.
  await db.schema
    .createTable('partnership_stakeholder')
    .addColumn('partnership_id', 'uuid', (c) => c.notNull().references('partnership_alignment.partnership_id').onDelete('cascade'))
    .addColumn('organization_id', 'uuid', (c) => c.notNull())
    .addColumn('amounts', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('partnership_stakeholder_pkey', ['partnership_id', 'organization_id'])
    .execute();
  await db.schema.createIndex('partnership_stakeholder_organization_idx').on('partnership_stakeholder').column('organization_id').execute();

  // What this service last published per partnership. Not part of the projection: a
  // replay keeps it, so the alignment's version only moves when the reading changes.
  await db.schema
    .createTable('published_alignment')
    .addColumn('partnership_id', 'uuid', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('reading', 'jsonb', (c) => c.notNull())
    .execute();

  // Suggestions an account chose not to see again (see docs/design.md, "SDG alignment").
  await db.schema
    .createTable('suggestion_dismissal')
    .addColumn('partnership_id', 'uuid', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('target_code', 'text', (c) => c.notNull())
    .addColumn('dismissed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('suggestion_dismissal_pkey', ['partnership_id', 'account_id', 'target_code'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['suggestion_dismissal', 'published_alignment', 'partnership_stakeholder', 'partnership_target', 'partnership_alignment']) {
    await db.schema.dropTable(table).execute();
  }
}
