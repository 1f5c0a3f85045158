import { sql, type Kysely } from 'kysely';

// Members' self-assessments of their partnership against the success factors: made by the
// partnerships service's migration of issue 12, here since issue 16 (the partnership is
// the registry's, so no foreign key to it).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('self_assessments')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('partnership_id', 'uuid', (c) => c.notNull())
    .addColumn('assessed_on', 'date', (c) => c.notNull())
    // Null for the system (demo data), which acts without an account.
    .addColumn('submitted_by', 'text')
    // clock_timestamp: two submissions in one transaction still come out in order.
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .execute();
  // A partnership's history, newest first, and its latest score per factor: one index range.
  await db.schema
    .createIndex('self_assessments_partnership')
    .on('self_assessments')
    .columns(['partnership_id', 'assessed_on desc', 'submitted_at desc', 'id desc'])
    .execute();

  await db.schema
    .createTable('self_assessment_scores')
    .addColumn('assessment_id', 'uuid', (c) => c.notNull().references('self_assessments.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('factor', 'text', (c) => c.notNull())
    .addColumn('score', 'smallint', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('self_assessment_scores_pk', ['assessment_id', 'factor'])
    .addCheckConstraint('self_assessment_scores_range', sql`score between 1 and 5`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('self_assessment_scores').execute();
  await db.schema.dropTable('self_assessments').execute();
}
