import { sql, type Kysely } from 'kysely';

// Frozen: the registry's first schema. Later changes go into new migrations.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('organizations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('country_code', 'char(3)')
    .addColumn('website', 'text')
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('search', sql`tsvector`, (c) => c.generatedAlwaysAs(sql`to_tsvector('simple', name)`).stored())
    .execute();
  await db.schema.createIndex('organizations_search').on('organizations').using('gin').column('search').execute();
  await db.schema.createIndex('organizations_name').on('organizations').columns(['name', 'id']).execute();

  await db.schema
    .createTable('partnerships')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('website', 'text')
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('countries', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('regions', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('sectors', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('sdg_targets', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    // Derived from sdg_targets on every write, so goal filters use an index too.
    .addColumn('sdg_goals', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('start_date', 'date')
    .addColumn('end_date', 'date')
    .addColumn('objectives', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('secretariat_host_id', 'uuid', (c) => c.references('organizations.id'))
    .addColumn('secretariat_staff_count', 'integer')
    .addColumn('mou_signed_on', 'date')
    .addColumn('decision_making', 'text')
    .addColumn('communication_channels', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('search', sql`tsvector`, (c) =>
      c
        .generatedAlwaysAs(
          sql`setweight(to_tsvector('simple', name), 'A') || setweight(to_tsvector('simple', summary), 'B') || setweight(to_tsvector('simple', description), 'C')`,
        )
        .stored(),
    )
    .addCheckConstraint('partnerships_dates_ordered', sql`end_date is null or start_date is null or end_date >= start_date`)
    .addCheckConstraint('partnerships_staff_count_positive', sql`secretariat_staff_count is null or secretariat_staff_count >= 0`)
    .execute();
  for (const column of ['countries', 'regions', 'sectors', 'sdg_targets', 'sdg_goals', 'search']) {
    await db.schema.createIndex(`partnerships_${column}`).on('partnerships').using('gin').column(column).execute();
  }
  // For finding free slugs by prefix (`slug like 'name-%'`).
  await db.schema.createIndex('partnerships_slug_prefix').on('partnerships').expression(sql`slug text_pattern_ops`).execute();
  await db.schema.createIndex('partnerships_listing_order').on('partnerships').columns(['created_at desc', 'id desc']).execute();

  await db.schema
    .createTable('phase_changes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('partnership_id', 'uuid', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('from_phase', 'text')
    .addColumn('to_phase', 'text', (c) => c.notNull())
    .addColumn('changed_on', 'date', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .execute();
  await db.schema.createIndex('phase_changes_partnership').on('phase_changes').columns(['partnership_id', 'recorded_at']).execute();

  await db.schema
    .createTable('stakeholders')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('partnership_id', 'uuid', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('roles', sql`text[]`, (c) => c.notNull())
    .addColumn('commitment', 'text', (c) => c.notNull().defaultTo(''))
    // clock_timestamp: stakeholders added in one transaction keep their order.
    .addColumn('joined_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .addUniqueConstraint('stakeholders_one_per_organization', ['partnership_id', 'organization_id'])
    .execute();
  await db.schema.createIndex('stakeholders_organization').on('stakeholders').column('organization_id').execute();

  await db.schema
    .createTable('contributions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('stakeholder_id', 'uuid', (c) => c.notNull().references('stakeholders.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('amount', 'numeric(18, 2)')
    .addColumn('currency', 'char(3)')
    .addColumn('person_days', 'numeric(10, 1)')
    .addCheckConstraint('contributions_amount_not_negative', sql`amount is null or amount >= 0`)
    .addCheckConstraint('contributions_person_days_not_negative', sql`person_days is null or person_days >= 0`)
    .execute();
  await db.schema.createIndex('contributions_stakeholder').on('contributions').column('stakeholder_id').execute();

  await db.schema
    .createTable('milestones')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('partnership_id', 'uuid', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_on', 'date')
    .addColumn('status', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('milestones_partnership').on('milestones').column('partnership_id').execute();

  await db.schema
    .createTable('indicators')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('partnership_id', 'uuid', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('baseline', 'double precision')
    .addColumn('target', 'double precision')
    .addColumn('sdg_indicator_code', 'text')
    .execute();
  await db.schema.createIndex('indicators_partnership').on('indicators').column('partnership_id').execute();

  await db.schema
    .createTable('progress_reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('partnership_id', 'uuid', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('period_start', 'date', (c) => c.notNull())
    .addColumn('period_end', 'date', (c) => c.notNull())
    .addColumn('reported_on', 'date', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('progress_reports_period_ordered', sql`period_end >= period_start`)
    .execute();
  await db.schema.createIndex('progress_reports_partnership').on('progress_reports').columns(['partnership_id', 'reported_on']).execute();

  await db.schema
    .createTable('indicator_values')
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('progress_reports.id').onDelete('cascade'))
    // Restrict: an indicator with reported values cannot silently disappear.
    .addColumn('indicator_id', 'uuid', (c) => c.notNull().references('indicators.id').onDelete('restrict'))
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_values_pk', ['report_id', 'indicator_id'])
    .execute();
  await db.schema.createIndex('indicator_values_indicator').on('indicator_values').column('indicator_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'indicator_values',
    'progress_reports',
    'indicators',
    'milestones',
    'contributions',
    'stakeholders',
    'phase_changes',
    'partnerships',
    'organizations',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
