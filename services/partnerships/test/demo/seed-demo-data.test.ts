import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '@msp-atlas/test-harness';
import type { Db } from '../../src/database.js';
import { today } from '../../src/domain/clock.js';
import { ContributionKind, OrganizationType, Phase } from '../../src/domain/enums.js';
import { seedDemoData } from '../../src/demo/seed-demo-data.js';
import { isProgressReportOverdue } from '../../src/progress-report/report-overdue.js';
import { partnershipsSubgraph } from '../../src/subgraph.js';

const phaseOrder: readonly string[] = [Phase.INITIATION, Phase.DESIGN, Phase.IMPLEMENTATION, Phase.FURTHER_DEVELOPMENT];

describe('seedDemoData', () => {
  let testDb: TestDatabase;
  let db: Db;
  let seeded: number;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = partnershipsSubgraph.connect(testDb.url);
    await partnershipsSubgraph.migrate(db);
    seeded = await seedDemoData(db);
  });
  afterAll(async () => {
    await db.destroy();
    await testDb.drop();
  });

  it('loads at least 200 partnerships, all marked as demo data', async () => {
    const rows = await db.selectFrom('partnerships').select(['is_demo']).execute();
    expect(seeded).toBeGreaterThanOrEqual(200);
    expect(rows).toHaveLength(seeded);
    expect(rows.every((row) => row.is_demo)).toBe(true);
    const organizations = await db.selectFrom('organizations').select(['is_demo']).execute();
    expect(organizations.every((row) => row.is_demo)).toBe(true);
  });

  it('spreads them over at least 30 countries and every phase', async () => {
    const { rows: countries } = await sql<{ code: string }>`
      select distinct unnest(countries) as code from partnerships`.execute(db);
    expect(countries.length).toBeGreaterThanOrEqual(30);
    const phases = await db.selectFrom('partnerships').select('phase').distinct().execute();
    expect(phases.map((row) => row.phase).sort()).toEqual([...phaseOrder].sort());
  });

  it('reuses organisations of every type across partnerships', async () => {
    const perOrganization = await db
      .selectFrom('stakeholders')
      .innerJoin('organizations', 'organizations.id', 'stakeholders.organization_id')
      .select(['organizations.type', (eb) => eb.fn.countAll<number>().as('partnerships')])
      .groupBy(['organizations.id', 'organizations.type'])
      .execute();
    expect(new Set(perOrganization.map((row) => row.type))).toEqual(new Set(Object.values(OrganizationType)));
    expect(perOrganization.some((row) => Number(row.partnerships) >= 3)).toBe(true);
  });

  it('records contributions of every kind, in several currencies', async () => {
    const contributions = await db.selectFrom('contributions').select(['kind', 'currency', 'amount', 'person_days']).execute();
    expect(new Set(contributions.map((row) => row.kind))).toEqual(new Set(Object.values(ContributionKind)));
    const currencies = new Set(contributions.flatMap((row) => (row.kind === ContributionKind.FINANCIAL ? [row.currency] : [])));
    expect(currencies).toContain('USD');
    expect(currencies).toContain('EUR');
    expect(currencies.size).toBeGreaterThan(10);
  });

  it('gives partnerships milestones, objectives, indicators with SDG codes, and governance', async () => {
    expect(await count(db, 'milestones')).toBeGreaterThan(0);
    const indicators = await db
      .selectFrom('indicators')
      .innerJoin('partnerships', 'partnerships.id', 'indicators.partnership_id')
      .select(['indicators.sdg_indicator_code', 'partnerships.sdg_targets'])
      .execute();
    const coded = indicators.filter((row) => row.sdg_indicator_code !== null);
    expect(coded.length).toBeGreaterThan(0);
    for (const row of coded) {
      expect(row.sdg_targets).toContain(row.sdg_indicator_code!.split('.').slice(0, 2).join('.'));
    }
    const implementing = await db
      .selectFrom('partnerships')
      .select(['objectives', 'secretariat_host_id', 'secretariat_staff_count', 'mou_signed_on', 'decision_making'])
      .where('phase', '=', Phase.IMPLEMENTATION)
      .execute();
    expect(implementing.every((row) => row.objectives.length > 0 && row.decision_making !== null)).toBe(true);
    expect(implementing.filter((row) => row.secretariat_host_id && row.secretariat_staff_count).length).toBeGreaterThan(implementing.length / 2);
    expect(implementing.filter((row) => row.mou_signed_on).length).toBeGreaterThan(implementing.length / 2);
  });

  it('has progress reports with indicator values, only for implementing partnerships, some overdue', async () => {
    const reports = await db
      .selectFrom('progress_reports')
      .innerJoin('partnerships', 'partnerships.id', 'progress_reports.partnership_id')
      .select(['partnerships.phase', 'progress_reports.reported_on', 'progress_reports.period_start', 'progress_reports.period_end'])
      .execute();
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.every((row) => row.phase === Phase.IMPLEMENTATION || row.phase === Phase.FURTHER_DEVELOPMENT)).toBe(true);
    expect(reports.every((row) => row.period_start <= row.period_end && row.period_end <= row.reported_on && row.reported_on <= today())).toBe(true);
    expect(await count(db, 'indicator_values')).toBeGreaterThan(0);

    const overdue = await overduePartnerships(db);
    expect(overdue.overdue).toBeGreaterThan(0);
    expect(overdue.overdue).toBeLessThan(overdue.implementing / 2);
  });

  it('keeps phase histories in the past, in date order, some with a move back', async () => {
    const changes = await db.selectFrom('phase_changes').select(['partnership_id', 'from_phase', 'to_phase', 'changed_on']).orderBy('recorded_at').execute();
    expect(changes.every((change) => change.changed_on <= today())).toBe(true);
    const datesByPartnership = new Map<string, string[]>();
    for (const change of changes) {
      datesByPartnership.set(change.partnership_id, [...(datesByPartnership.get(change.partnership_id) ?? []), change.changed_on]);
    }
    for (const dates of datesByPartnership.values()) expect(dates).toEqual([...dates].sort());
    const backward = changes.filter((change) => change.from_phase && phaseOrder.indexOf(change.to_phase) < phaseOrder.indexOf(change.from_phase));
    expect(backward.length).toBeGreaterThan(0);
  });

  it('records every change in the history as made by the system, and leaves members and contacts empty', async () => {
    const { rows } = await sql<{ action: string; records: string; with_actor: string }>`
      select action, count(*)::text as records, count(actor_account_id)::text as with_actor
      from change_records group by action order by action`.execute(db);
    expect(rows.map((row) => row.action)).toEqual(['changePhase', 'registerPartnership', 'removeStakeholder', 'submitProgressReport']);
    expect(rows.find((row) => row.action === 'registerPartnership')?.records).toBe(String(seeded));
    expect(rows.every((row) => row.with_actor === '0')).toBe(true);
    expect(await count(db, 'partnership_members')).toBe(0);
    expect(await count(db, 'partnership_contacts')).toBe(0);
  });

  it('publishes every demo record whole, details and all, for the health service (which adds the self-assessments)', async () => {
    const { rows } = await sql<{ events: string; without_details: string }>`
      select count(*)::text as events, count(*) filter (where payload -> 'partnership' -> 'details' is null or payload -> 'partnership' -> 'details' = 'null')::text as without_details
      from event_log.events where aggregate_type = 'Partnership' and payload ? 'partnership'`.execute(db);
    expect(Number(rows[0]!.events)).toBeGreaterThan(seeded);
    expect(rows[0]!.without_details).toBe('0');
    expect(await count(db, 'records_to_republish')).toBe(0);
  });

  it('does nothing when called again', async () => {
    const before = await Promise.all(['partnerships', 'organizations', 'phase_changes', 'progress_reports'].map((table) => count(db, table)));
    expect(await seedDemoData(db)).toBe(0);
    const after = await Promise.all(['partnerships', 'organizations', 'phase_changes', 'progress_reports'].map((table) => count(db, table)));
    expect(after).toEqual(before);
  });
});

async function count(db: Db, table: string): Promise<number> {
  const { rows } = await sql<{ count: string }>`select count(*) as count from ${sql.table(table)}`.execute(db);
  return Number(rows[0]!.count);
}

async function overduePartnerships(db: Db): Promise<{ implementing: number; overdue: number }> {
  const { rows } = await sql<{ entered: string; last_reported: string | null }>`
    select (select max(changed_on) from phase_changes c where c.partnership_id = p.id and c.to_phase = 'IMPLEMENTATION') as entered,
           (select max(reported_on) from progress_reports r where r.partnership_id = p.id) as last_reported
    from partnerships p where p.phase = 'IMPLEMENTATION'`.execute(db);
  const overdue = rows.filter((row) =>
    isProgressReportOverdue({ phase: Phase.IMPLEMENTATION, enteredPhaseOn: row.entered, lastReportedOn: row.last_reported, today: today() }),
  );
  return { implementing: rows.length, overdue: overdue.length };
}
