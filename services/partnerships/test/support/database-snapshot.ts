import { sql } from 'kysely';
import type { Db } from '../../src/database.js';

const TABLES = [
  'partnerships',
  'organizations',
  'stakeholders',
  'contributions',
  'phase_changes',
  'milestones',
  'indicators',
  'progress_reports',
  'indicator_values',
  'partnership_members',
  'partnership_invitations',
  'partnership_contacts',
  'change_records',
  'self_assessments',
  'self_assessment_scores',
  'event_log.events',
];

/**
 * A digest of every row the service writes, table by table: equal snapshots
 * before and after a refused request prove it changed nothing.
 */
export async function databaseSnapshot(db: Db): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  for (const table of TABLES) {
    const { rows } = await sql<{ digest: string }>`
      select count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest
      from ${sql.table(table)} t`.execute(db);
    snapshot[table] = rows[0]!.digest;
  }
  return snapshot;
}
