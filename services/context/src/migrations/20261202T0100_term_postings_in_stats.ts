import { sql, type Kysely } from 'kysely';

// Frozen: each selective term (df <= 400, the candidate cap at the time) keeps the ids of
// its partnerships beside its document frequency, so candidates are read from the handful
// of stats rows a query looks up anyway instead of from postings scattered over the whole
// overlap_terms heap. Null where df exceeds the cap: such a term selects no candidates.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('overlap_term_stats').addColumn('partnership_ids', sql`uuid[]`).execute();
  await sql`
    update context.overlap_term_stats s
    set partnership_ids = coalesce((select array_agg(t.partnership_id) from context.overlap_terms t where t.term = s.term), '{}')
    where s.df <= 400`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('overlap_term_stats').dropColumn('partnership_ids').execute();
}
