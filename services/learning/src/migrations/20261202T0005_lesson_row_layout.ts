import { sql, type Kysely } from 'kysely';

// Frozen: with the tag document gone, the default TOAST target again moves the body (read
// only for a page's snippets) out of the row first and keeps the search document and tags
// in it (storage main): rows a search reads stay small, several to a page.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table lessons reset (toast_tuple_target)`.execute(db);
  // Rows written before keep their old layout until rewritten.
  await sql`update lessons set body = body || ''`.execute(db);
}

export async function down(): Promise<void> {}
