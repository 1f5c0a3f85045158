import type { Kysely } from 'kysely';

// Frozen: the record fields the health check reads (issue 12). Nullable: older records simply have none.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('partnerships')
    .addColumn('problem_statement', 'text')
    .addColumn('continuation_plan', 'text')
    .addColumn('last_evaluated_on', 'date')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('partnerships').dropColumn('problem_statement').dropColumn('continuation_plan').dropColumn('last_evaluated_on').execute();
}
