import { sql, type Kysely } from 'kysely';

// The health check's projection, as the partnerships service's migration of issue 12 made it. The latest signal other services sent
// per partnership (and per lesson), one row of statuses per partnership for the national
// overview, and the last PartnershipHealthChanged published, which outlives replays so
// versions never repeat.

/** One smallint per success factor: 0 STRONG, 1 ADEQUATE, 2 WEAK, 3 MISSING, 4 NOT_YET_EXPECTED. */
const STATUS_COLUMNS = [
  'status_joint_objectives',
  'status_leadership',
  'status_high_level_support',
  'status_right_stakeholders',
  'status_trust',
  'status_shared_language',
  'status_secretariat',
  'status_equal_governance',
  'status_resources',
  'status_context_alignment',
  'status_agenda_2030',
  'status_results_monitoring',
  'status_evaluation_reporting',
  'status_learning',
  'status_results_orientation',
  'status_roles_commitments',
  'status_transparent_communication',
  'status_scaling_handover',
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('health_sdg_signals')
    .addColumn('partnership_id', 'uuid', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('partnership_version', 'integer', (c) => c.notNull())
    .addColumn('declared_targets', 'integer', (c) => c.notNull())
    .addColumn('evidenced_declared_targets', 'integer', (c) => c.notNull())
    .addColumn('suggested_undeclared_targets', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('health_overlap_signals')
    .addColumn('partnership_id', 'uuid', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('overlaps', 'integer', (c) => c.notNull())
    .addColumn('duplicates', 'integer', (c) => c.notNull())
    .addColumn('strongest_score', 'double precision')
    .execute();
  await db.schema
    .createTable('health_lessons')
    .addColumn('lesson_id', 'uuid', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('partnership_id', 'uuid')
    .addColumn('published', 'boolean', (c) => c.notNull())
    .addColumn('published_on', 'date')
    .execute();
  await db.schema.createIndex('health_lessons_partnership').on('health_lessons').columns(['partnership_id']).where(sql.ref('published'), '=', true).execute();

  let health = db.schema
    .createTable('partnership_health')
    .addColumn('partnership_id', 'uuid', (c) => c.primaryKey())
    .addColumn('partnership_version', 'integer', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('countries', sql`text[]`, (c) => c.notNull())
    .addColumn('sectors', sql`text[]`, (c) => c.notNull())
    .addColumn('is_demo', 'boolean', (c) => c.notNull());
  for (const column of STATUS_COLUMNS) health = health.addColumn(column, 'smallint', (c) => c.notNull());
  await health
    .addColumn('weakest_factors', sql`text[]`, (c) => c.notNull())
    .addColumn('evaluated_on', 'date', (c) => c.notNull())
    .addColumn('evaluated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('review_on', 'date')
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('partnership_health_countries').on('partnership_health').using('gin').column('countries').execute();
  await db.schema.createIndex('partnership_health_sectors').on('partnership_health').using('gin').column('sectors').execute();
  await db.schema.createIndex('partnership_health_review_on').on('partnership_health').column('review_on').where('review_on', 'is not', null).execute();

  await db.schema
    .createTable('health_publications')
    .addColumn('partnership_id', 'uuid', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('statuses', 'jsonb', (c) => c.notNull())
    .addColumn('weakest_factors', sql`text[]`, (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['health_publications', 'partnership_health', 'health_lessons', 'health_overlap_signals', 'health_sdg_signals']) {
    await db.schema.dropTable(table).execute();
  }
}
