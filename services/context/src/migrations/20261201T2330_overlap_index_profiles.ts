import { sql, type Kysely } from 'kysely';

// Frozen: what the overlap index compares (text, scope, organisations, dates,
// resources), the SDG service's suggested targets, organisation names, and the
// inverted index the candidates come from. Later changes go into new migrations.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('partnership_index')
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('objectives', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('scope', 'text', (c) => c.notNull().defaultTo('NATIONAL'))
    .addColumn('start_date', 'date')
    .addColumn('end_date', 'date')
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('organization_ids', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('lead_organization_ids', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    // Money per currency (never converted) and staff time, summed over the stakeholders.
    .addColumn('funding', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('person_days', 'double precision', (c) => c.notNull().defaultTo(0))
    // The text's terms (similarity/text-terms.ts), kept so a query does not tokenise its candidates again.
    .addColumn('text_terms', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .execute();

  // Landscapes select by place.
  await sql`create index partnership_index_countries on context.partnership_index using gin (countries)`.execute(db);
  await sql`create index partnership_index_regions on context.partnership_index using gin (regions)`.execute(db);

  // The SDG service's reading, kept apart: it may arrive before or after the record.
  await db.schema
    .createTable('partnership_sdg_suggestions')
    .addColumn('partnership_id', 'uuid', (c) => c.primaryKey())
    .addColumn('alignment_version', 'integer', (c) => c.notNull())
    .addColumn('suggested_targets', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();

  // So a draft naming its partners by name finds the registered organisations.
  await db.schema
    .createTable('organization_names')
    .addColumn('organization_id', 'uuid', (c) => c.primaryKey())
    .addColumn('normalized_name', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('organization_names_by_name').on('organization_names').column('normalized_name').execute();

  // The inverted index: one posting per (term, partnership); terms are a function of
  // the partnership alone, so a rebuild from zero gives the same postings.
  await db.schema
    .createTable('overlap_terms')
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('partnership_id', 'uuid', (c) => c.notNull())
    .addPrimaryKeyConstraint('overlap_terms_pkey', ['term', 'partnership_id'])
    .execute();
  await db.schema.createIndex('overlap_terms_by_partnership').on('overlap_terms').column('partnership_id').execute();

  // Document frequency per term (and the number of partnerships under '#partnerships'):
  // rare terms select candidates, and weigh text in the exact score.
  await db.schema
    .createTable('overlap_term_stats')
    .addColumn('term', 'text', (c) => c.primaryKey())
    .addColumn('df', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('overlap_term_stats').execute();
  await db.schema.dropTable('overlap_terms').execute();
  await db.schema.dropTable('organization_names').execute();
  await db.schema.dropTable('partnership_sdg_suggestions').execute();
  await sql`drop index if exists context.partnership_index_countries`.execute(db);
  await sql`drop index if exists context.partnership_index_regions`.execute(db);
  for (const column of [
    'summary',
    'description',
    'objectives',
    'scope',
    'start_date',
    'end_date',
    'is_demo',
    'organization_ids',
    'lead_organization_ids',
    'funding',
    'person_days',
    'text_terms',
  ]) {
    await db.schema.alterTable('partnership_index').dropColumn(column).execute();
  }
}
