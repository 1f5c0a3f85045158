import { sql } from 'kysely';
import type { Db } from '../../src/database.js';

/**
 * Row counts of every table the registry writes, and the event log's: equal
 * snapshots before and after a refused request prove it changed nothing.
 */
export async function registrySnapshot(db: Db) {
  const { rows } = await sql<{ table: string; rows: string; versions: string }>`
    select 'partnerships' as table, count(*)::text as rows, coalesce(sum(version), 0)::text as versions from partnerships
    union all select 'organizations', count(*)::text, '0' from organizations
    union all select 'stakeholders', count(*)::text, '0' from stakeholders
    union all select 'contributions', count(*)::text, '0' from contributions
    union all select 'phase_changes', count(*)::text, '0' from phase_changes
    union all select 'milestones', count(*)::text, '0' from milestones
    union all select 'indicators', count(*)::text, '0' from indicators
    union all select 'progress_reports', count(*)::text, '0' from progress_reports
    union all select 'indicator_values', count(*)::text, '0' from indicator_values
    union all select 'change_records', count(*)::text, '0' from change_records
    -- The registry's own events: other services append theirs when they read its events.
    union all select 'events', count(*)::text, '0' from event_log.events where source = 'partnerships'`.execute(db);
  const fingerprint = await sql<{ digest: string }>`
    select md5(coalesce(string_agg(p::text, '|' order by p.id), '')) as digest from partnerships p`.execute(db);
  return { counts: rows, digest: fingerprint.rows[0]?.digest };
}

export async function eventsOf(db: Db, aggregateId: string) {
  // The partnership aggregate's own events: the SDG service keys its SdgAlignment
  // aggregate by the partnership's id too.
  const { rows } = await sql<{ type: string; aggregate_version: number; payload: any; source: string }>`
    select type, aggregate_version, payload, source from event_log.events
    where aggregate_id = ${aggregateId} and aggregate_type = 'Partnership' order by seq`.execute(db);
  return rows;
}
