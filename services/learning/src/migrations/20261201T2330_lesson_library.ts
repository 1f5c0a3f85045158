import { sql, type Kysely } from 'kysely';

// Frozen: the lesson library (issue 11): tags, moderation, versions, full-text search in
// each lesson's language, and the projection of partnerships the recommendations read.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('lessons')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('PRACTICE'))
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    // The text search configuration of the lesson's language, e.g. `german`; `simple` for others.
    .addColumn('search_config', sql`regconfig`, (c) => c.notNull().defaultTo(sql`'english'::regconfig`))
    .addColumn('phases', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('success_factors', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('sdg_goals', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('sdg_targets', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('countries', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('sectors', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    // Every tag above as `kind:code` (`phase:DESIGN`, `goal:6`, `lang:de`): one GIN index
    // serves all filters, and one unnest counts all facets.
    .addColumn('tags', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('partnership_id', 'uuid')
    .addColumn('author_account_id', 'text')
    .addColumn('author_name', 'text')
    .addColumn('moderation_note', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('published_at', 'timestamptz')
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    // The demo generator's key: seeding again finds what it already loaded.
    .addColumn('demo_key', 'text', (c) => c.unique())
    // Title (A), body (B) and the tags' names (C), in the lesson's own configuration.
    .addColumn('search_document', sql`tsvector`, (c) => c.notNull().defaultTo(sql`''::tsvector`))
    // The tags' names in every language, each in its own configuration: how a query in one
    // language finds lessons written in another.
    .addColumn('tag_document', sql`tsvector`, (c) => c.notNull().defaultTo(sql`''::tsvector`))
    .execute();
  await sql`update lessons set phases = array[phase], tags = array['phase:' || phase] where phase is not null`.execute(db);
  await db.schema.alterTable('lessons').dropColumn('phase').execute();
  await sql`alter table lessons add constraint lessons_status_known check (status in ('DRAFT','SUBMITTED','PUBLISHED','REJECTED','WITHDRAWN'))`.execute(db);
  await sql`alter table lessons add constraint lessons_kind_known check (kind in ('SUCCESS','FAILURE','PRACTICE','TOOL'))`.execute(db);

  // Search, filters and facets only ever read published lessons: partial indexes stay small.
  await sql`create index lessons_search_document on lessons using gin (search_document) where status = 'PUBLISHED'`.execute(db);
  await sql`create index lessons_tag_document on lessons using gin (tag_document) where status = 'PUBLISHED'`.execute(db);
  await sql`create index lessons_tags on lessons using gin (tags) where status = 'PUBLISHED'`.execute(db);
  await sql`create index lessons_partnership on lessons (partnership_id, created_at desc, id desc) where status = 'PUBLISHED'`.execute(db);
  await sql`create index lessons_author on lessons (author_account_id, updated_at desc, id desc)`.execute(db);
  await sql`create index lessons_moderation_queue on lessons (submitted_at, id) where status = 'SUBMITTED'`.execute(db);

  await db.schema
    .createTable('partnership_projection')
    .addColumn('partnership_id', 'uuid', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('countries', sql`text[]`, (c) => c.notNull())
    .addColumn('sectors', sql`text[]`, (c) => c.notNull())
    .addColumn('sdg_targets', sql`text[]`, (c) => c.notNull())
    .addColumn('is_demo', 'boolean', (c) => c.notNull())
    .addColumn('projected_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('partnership_projection').execute();
}
