import { sql } from 'kysely';
import type { Db } from '../../src/database.js';

/** Row counts and a digest of every table the context service keeps, and how many events it has published. */
export async function contextSnapshot(db: Db) {
  const { rows } = await sql<{ table: string; rows: string }>`
    select 'partnership_index' as table, count(*)::text as rows from context.partnership_index
    union all select 'overlap_terms', count(*)::text from context.overlap_terms
    union all select 'overlap_term_stats', coalesce(sum(df), 0)::text from context.overlap_term_stats
    union all select 'suggestions', count(*)::text from context.partnership_sdg_suggestions
    union all select 'organization_names', count(*)::text from context.organization_names
    -- The context service's own events: the others append theirs as they read what is registered.
    union all select 'events', count(*)::text from event_log.events where source = 'context'`.execute(db);
  return rows;
}
