import { sql, type Kysely } from 'kysely';

/** The cursor of the projection this service took over, and its own (the consumer's name). */
const PREVIOUS_CONSUMER = 'partnerships.health-projection';
const CONSUMER = 'health.health-projection';

/**
 * Once, on an installation made before issue 16: the health check's rows move from the
 * `partnerships` schema, where that release kept them, to this one. The self-assessments
 * cannot be rebuilt from the log (their events carry neither the notes nor who
 * submitted them), and the last published PartnershipHealthChanged per partnership must
 * keep counting up, so the rows are copied as they are, in this migration's transaction,
 * and the projection's consumer goes on from the old consumer's cursor instead of
 * reading the log again. The only time this service reads another schema; on a new
 * installation those tables are empty or absent and nothing is copied. The registry's
 * part of each partnership arrives by PartnershipRecordRepublished, appended after that
 * cursor by the partnerships service's own upgrade.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const { rows } = await sql<{ present: boolean }>`select to_regclass('partnerships.self_assessments') is not null as present`.execute(db);
  if (!rows[0]?.present) return;
  await sql`insert into self_assessments select * from partnerships.self_assessments on conflict do nothing`.execute(db);
  await sql`insert into self_assessment_scores select * from partnerships.self_assessment_scores on conflict do nothing`.execute(db);
  for (const table of ['health_sdg_signals', 'health_overlap_signals', 'health_lessons', 'partnership_health', 'health_publications', 'health_counts']) {
    await sql`insert into ${sql.table(table)} select * from ${sql.table(`partnerships.${table}`)} on conflict do nothing`.execute(db);
  }
  // The overview's places until the republished records arrive: registration time from the old rows' source.
  await sql`
    insert into partnership_records (partnership_id, version, registered_at, phase, countries, sectors, is_demo, record)
    select h.partnership_id, h.partnership_version, p.created_at, h.phase, h.countries, h.sectors, h.is_demo, null
    from partnerships.partnership_health h join partnerships.partnerships p on p.id = h.partnership_id
    on conflict do nothing`.execute(db);
  await sql`
    insert into event_log.consumer_cursors (consumer, tx_id, seq)
    select ${CONSUMER}, tx_id, seq from event_log.consumer_cursors where consumer = ${PREVIOUS_CONSUMER}
    on conflict do nothing`.execute(db);
}

export async function down(): Promise<void> {
  // The copies are this service's rows now; the originals were left in place.
}
