import { sql, type Kysely } from 'kysely';

// Frozen: keeps a lesson's search documents and tags in its row (compressed), so a search
// reading thousands of them does not fetch each from the TOAST table; the body, which
// only the page's snippets read, goes out of line first.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table lessons set (toast_tuple_target = 4080)`.execute(db);
  await sql`alter table lessons alter column search_document set storage main`.execute(db);
  await sql`alter table lessons alter column tag_document set storage main`.execute(db);
  await sql`alter table lessons alter column tags set storage main`.execute(db);
  // Rows written before keep their old layout until rewritten.
  await sql`update lessons set search_document = search_document || ''::tsvector`.execute(db);
}

export async function down(): Promise<void> {}
