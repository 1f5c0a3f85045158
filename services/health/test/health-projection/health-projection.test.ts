import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { fixtureEvent } from '@msp-atlas/event-contracts/fixtures';
import { appendEvents, replayConsumer } from '@msp-atlas/events';
import { ANONYMOUS } from '@msp-atlas/gateway-trust';
import { dataOf, errorOf } from '@msp-atlas/test-harness';
import { healthProjectionConsumer } from '../../src/health-projection/health-projection-consumer.js';
import { reviewDueHealth } from '../../src/health-projection/health-review.js';
import { countHealth, countHealthByScan } from '../../src/health-projection/health-overview.repository.js';
import { consume as consumeAll, registerByEvent } from '../support/registry-events.js';
import { startTestSubgraph, type TestSubgraph } from '../support/test-subgraph.js';

// The health projection: rows from the registry's events and the other services' signals,
// the overview counted from them, and the partnerships behind each cell.

const OVERVIEW = `query($filter: HealthOverviewFilter, $groupBy: HealthOverviewGrouping) {
  healthOverview(filter: $filter, groupBy: $groupBy) {
    partnerships evaluatedAt groups { key partnerships }
    cells { factor group strong adequate weak missing notYetExpected } } }`;
const BY_HEALTH = `query($factor: SuccessFactor!, $statuses: [HealthStatus!]!, $group: String, $groupBy: HealthOverviewGrouping, $filter: HealthOverviewFilter, $first: Int, $after: String) {
  partnershipsByHealth(factor: $factor, statuses: $statuses, group: $group, groupBy: $groupBy, filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
const ALL_STATUSES = ['STRONG', 'ADEQUATE', 'WEAK', 'MISSING', 'NOT_YET_EXPECTED'];
const COUNT_FIELDS = ['strong', 'adequate', 'weak', 'missing', 'notYetExpected'] as const;

let api: TestSubgraph;
const ids: Record<string, string> = {};

/** Drives the consumer until it has taken in every committed event. */
const consume = () => consumeAll(api);
const query = async (text: string, variables: Record<string, unknown>) => dataOf(await api.call(ANONYMOUS, text, variables));

async function statusOf(partnershipId: string, column: string): Promise<string> {
  const { rows } = await sql<{ status: number }>`select ${sql.ref(column)} as status from partnership_health where partnership_id = ${partnershipId}`.execute(
    api.db,
  );
  return ALL_STATUSES[rows[0]!.status]!;
}

async function healthRows() {
  const { rows } = await sql<Record<string, unknown>>`
    select partnership_id, partnership_version, phase, countries, sectors, is_demo, weakest_factors, evaluated_on, review_on, version,
      to_jsonb(h) - 'evaluated_at' as whole
    from partnership_health h order by partnership_id`.execute(api.db);
  return rows.map((row) => row.whole);
}

async function healthEvents(partnershipId?: string) {
  const { rows } = await sql<{ aggregate_id: string; aggregate_version: number; payload: any }>`
    select aggregate_id, aggregate_version, payload from event_log.events
    where type = 'PartnershipHealthChanged' ${partnershipId ? sql`and aggregate_id = ${partnershipId}` : sql``} order by seq`.execute(api.db);
  return rows;
}

async function listAll(variables: Record<string, unknown>): Promise<string[]> {
  const listed: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = (await query(BY_HEALTH, { ...variables, first: 2, after })).partnershipsByHealth;
    listed.push(...page.edges.map((edge: any) => edge.node.id));
    if (!page.pageInfo.hasNextPage) return listed;
    after = page.pageInfo.endCursor;
  }
}

/** The counts the projection keeps give what a scan of its rows gives, for every filter they answer. */
async function expectCountsMatchScan(): Promise<void> {
  const filters = [
    { includeDemo: true },
    { includeDemo: false },
    { includeDemo: true, phases: ['IMPLEMENTATION'] },
    { includeDemo: true, countries: ['KEN'] },
    { includeDemo: false, countries: ['KEN', 'UGA'], phases: ['DESIGN', 'IMPLEMENTATION'] },
    { includeDemo: true, countries: ['DEU'] },
  ];
  const sorted = (counts: Awaited<ReturnType<typeof countHealth>>) => ({ ...counts, groups: [...counts.groups].sort((a, b) => a.key.localeCompare(b.key)) });
  for (const criteria of filters) {
    for (const groupBy of ['PHASE', 'COUNTRY'] as const) {
      expect(sorted(await countHealth(api.db, criteria, groupBy))).toEqual(sorted(await countHealthByScan(api.db, criteria, groupBy)));
    }
  }
}

beforeAll(async () => {
  api = await startTestSubgraph();
  // Registered one after another, as the list orders them (newest first).
  // The registry records the phase a partnership registers in as entered that day.
  const registered = (minutes: number) => ({
    registeredAt: new Date(Date.now() - minutes * 60_000).toISOString(),
    enteredPhaseOn: new Date().toISOString().slice(0, 10),
  });
  ids.kenyaStart = (await registerByEvent(api, { countries: ['KEN'], phase: 'INITIATION', sectors: ['140'], details: registered(6) })).id;
  ids.kenyaDesign = (await registerByEvent(api, { countries: ['KEN'], phase: 'DESIGN', sectors: ['311'], details: registered(5) })).id;
  ids.eastAfrica = (
    await registerByEvent(api, { countries: ['KEN', 'UGA'], phase: 'IMPLEMENTATION', scope: 'REGIONAL', sectors: ['140'], details: registered(4) })
  ).id;
  ids.uganda = (await registerByEvent(api, { countries: ['UGA'], phase: 'IMPLEMENTATION', sectors: ['140'], details: registered(3) })).id;
  ids.demo = (await registerByEvent(api, { countries: ['DEU'], phase: 'FURTHER_DEVELOPMENT', sectors: ['140'], isDemo: true, details: registered(2) })).id;
  // Reporting partnership: measurable indicators, no report yet, so one falls due in a year.
  ids.reporting = (
    await registerByEvent(api, {
      countries: ['TZA'],
      phase: 'IMPLEMENTATION',
      details: { ...registered(1), indicators: [{ hasBaseline: true, hasTarget: true, sdgIndicatorCode: null }] },
    })
  ).id;
  await consume();
});
afterAll(() => api?.close());

describe('health projection', () => {
  it('keeps one row per registered partnership with its phase, places and 18 statuses', async () => {
    const rows = await healthRows();
    expect(rows).toHaveLength(6);
    const events = await healthEvents();
    // One PartnershipHealthChanged per partnership, version 1, all eighteen statuses.
    expect(new Set(events.map((event) => event.aggregate_id))).toEqual(new Set(Object.values(ids)));
    expect(events.every((event) => event.aggregate_version === 1 && Object.keys(event.payload.statuses).length === 18)).toBe(true);
    await expectCountsMatchScan();
  });

  it('counts by phase: every phase in order, each cell summing to its group', async () => {
    const overview = (await query(OVERVIEW, { groupBy: 'PHASE' })).healthOverview;
    expect(overview.partnerships).toBe(6);
    expect(overview.evaluatedAt).not.toBeNull();
    expect(overview.groups).toEqual([
      { key: 'INITIATION', partnerships: 1 },
      { key: 'DESIGN', partnerships: 1 },
      { key: 'IMPLEMENTATION', partnerships: 3 },
      { key: 'FURTHER_DEVELOPMENT', partnerships: 1 },
    ]);
    expect(overview.cells).toHaveLength(18 * 4);
    for (const cell of overview.cells) {
      const group = overview.groups.find((g: any) => g.key === cell.group);
      expect(COUNT_FIELDS.reduce((sum, field) => sum + cell[field], 0)).toBe(group.partnerships);
    }
    // Scaling and handover is expected in the last phase only.
    const scaling = overview.cells.find((cell: any) => cell.factor === 'SCALING_HANDOVER' && cell.group === 'INITIATION');
    expect(scaling.notYetExpected).toBe(1);
  });

  it('counts by country: a partnership in each country it names, busiest first; demo rows only when asked', async () => {
    const overview = (await query(OVERVIEW, { groupBy: 'COUNTRY' })).healthOverview;
    expect(overview.partnerships).toBe(6);
    expect(overview.groups).toEqual([
      { key: 'KEN', partnerships: 3 },
      { key: 'UGA', partnerships: 2 },
      { key: 'DEU', partnerships: 1 },
      { key: 'TZA', partnerships: 1 },
    ]);
    const real = (await query(OVERVIEW, { groupBy: 'COUNTRY', filter: { includeDemo: false } })).healthOverview;
    expect(real.partnerships).toBe(5);
    expect(real.groups.map((g: any) => g.key)).toEqual(['KEN', 'UGA', 'TZA']);
    const filtered = (await query(OVERVIEW, { groupBy: 'COUNTRY', filter: { countries: ['uga'], sectors: ['140'] } })).healthOverview;
    expect(filtered.partnerships).toBe(2);
    expect(filtered.groups).toEqual([{ key: 'UGA', partnerships: 2 }]);
    const phased = (await query(OVERVIEW, { groupBy: 'PHASE', filter: { countries: ['KEN'], phases: ['DESIGN', 'IMPLEMENTATION'] } })).healthOverview;
    expect(phased.partnerships).toBe(2);
  });

  it('lists behind a cell exactly the partnerships it counts, page by page', async () => {
    const overview = (await query(OVERVIEW, { groupBy: 'COUNTRY' })).healthOverview;
    for (const cell of overview.cells.filter((c: any) => c.factor === 'RESULTS_MONITORING' || c.factor === 'SCALING_HANDOVER')) {
      for (const [index, status] of ALL_STATUSES.entries()) {
        const variables = { factor: cell.factor, statuses: [status], group: cell.group, groupBy: 'COUNTRY' };
        const listed = await listAll(variables);
        expect(listed).toHaveLength(cell[COUNT_FIELDS[index]!]);
        expect(new Set(listed).size).toBe(listed.length);
        expect((await query(BY_HEALTH, { ...variables, first: 1 })).partnershipsByHealth.totalCount).toBe(listed.length);
        for (const id of listed) expect(await statusOf(id, `status_${cell.factor.toLowerCase()}`)).toBe(status);
      }
    }
    const kenya = await listAll({ factor: 'TRUST', statuses: ALL_STATUSES, group: 'KEN', groupBy: 'COUNTRY' });
    expect(new Set(kenya)).toEqual(new Set([ids.kenyaStart, ids.kenyaDesign, ids.eastAfrica]));
    const implementing = await listAll({
      factor: 'TRUST',
      statuses: ALL_STATUSES,
      group: 'IMPLEMENTATION',
      groupBy: 'PHASE',
      filter: { countries: ['KEN', 'TZA'] },
    });
    expect(new Set(implementing)).toEqual(new Set([ids.eastAfrica, ids.reporting]));
  });

  it('re-evaluates a partnership when a signal arrives, only for a newer version, and counts a withdrawn lesson down', async () => {
    const id = ids.eastAfrica!;
    expect(await statusOf(id, 'status_context_alignment')).toBe('MISSING');
    const overlaps = (version: number, count: number) =>
      fixtureEvent(
        'PartnershipOverlapsChanged',
        { partnershipId: id, overlaps: count, duplicates: 0, strongestScore: count ? 0.7 : null },
        { aggregateId: id, aggregateVersion: version },
      );
    const [first] = await appendEvents(api.db, 'context', [overlaps(1, 4)]);
    await consume();
    expect(await statusOf(id, 'status_context_alignment')).toBe('WEAK');
    await appendEvents(api.db, 'context', [overlaps(2, 0)]);
    await consume();
    expect(await statusOf(id, 'status_context_alignment')).toBe('STRONG');
    // Delivered again (at least once), the older count changes nothing.
    await api.db.transaction().execute((trx) => healthProjectionConsumer.handle(trx, first!, undefined));
    expect(await statusOf(id, 'status_context_alignment')).toBe('STRONG');

    await appendEvents(api.db, 'sdg', [
      fixtureEvent(
        'SdgAlignmentChanged',
        { partnershipId: id, partnershipVersion: 1, declaredTargets: ['6.1'], suggestedTargets: [{ target: '6.1', score: 0.9 }], suggestedGoals: [6] },
        { aggregateId: id },
      ),
    ]);
    await consume();
    expect(await statusOf(id, 'status_agenda_2030')).toBe('STRONG');

    const lessonId = randomUUID();
    const lesson = (version: number, status: 'PUBLISHED' | 'WITHDRAWN', publishedAt: string | null = new Date().toISOString()) =>
      fixtureEvent(
        'LessonChanged',
        {
          action: status === 'PUBLISHED' ? 'publishLesson' : 'withdrawLesson',
          lesson: {
            id: lessonId,
            title: 'What the water committees taught us',
            status,
            kind: 'PRACTICE',
            language: 'en',
            phases: [],
            successFactors: [],
            sdgTargets: [],
            countries: ['KEN'],
            partnershipId: id,
            isDemo: false,
            publishedAt,
          },
        },
        { aggregateId: lessonId, aggregateVersion: version },
      );
    expect(await statusOf(id, 'status_learning')).toBe('MISSING');
    await appendEvents(api.db, 'learning', [lesson(1, 'PUBLISHED')]);
    await consume();
    expect(await statusOf(id, 'status_learning')).toBe('ADEQUATE');
    await appendEvents(api.db, 'learning', [lesson(2, 'WITHDRAWN')]);
    await consume();
    expect(await statusOf(id, 'status_learning')).toBe('MISSING');
    // Dated by its publication, not by the event: a lesson published three years ago is no recent learning.
    await appendEvents(api.db, 'learning', [lesson(3, 'PUBLISHED', new Date(Date.now() - 3 * 365 * 86_400_000).toISOString())]);
    await consume();
    expect(await statusOf(id, 'status_learning')).toBe('WEAK');

    // Each change of statuses was published, versions one after the other.
    expect((await healthEvents(id)).map((event) => event.aggregate_version)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // A signal for a partnership the registry does not hold is kept, but makes no row.
    const stranger = randomUUID();
    await appendEvents(api.db, 'context', [
      fixtureEvent('PartnershipOverlapsChanged', { partnershipId: stranger, overlaps: 1, duplicates: 0, strongestScore: 0.4 }, { aggregateId: stranger }),
    ]);
    await consume();
    expect(await healthRows()).toHaveLength(6);
    await expectCountsMatchScan();
  });

  it('re-evaluates on its review date, so an overdue progress report shows without an event', async () => {
    const id = ids.reporting!;
    const { rows } = await sql<{ review_on: string | null; evaluated_on: string }>`
      select review_on::text, evaluated_on::text from partnership_health where partnership_id = ${id}`.execute(api.db);
    const reviewOn = rows[0]!.review_on!;
    expect(reviewOn > rows[0]!.evaluated_on).toBe(true);
    expect(await statusOf(id, 'status_results_monitoring')).toBe('ADEQUATE');
    const before = (await healthEvents(id)).length;

    const dayBefore = new Date(Date.parse(reviewOn) - 86_400_000).toISOString().slice(0, 10);
    expect((await reviewDueHealth(api.db, dayBefore)).evaluated).toBe(0);
    const outcome = await reviewDueHealth(api.db, reviewOn);
    expect(outcome.evaluated).toBeGreaterThanOrEqual(1);
    expect(await statusOf(id, 'status_results_monitoring')).toBe('WEAK');
    const events = await healthEvents(id);
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)!.payload).toMatchObject({ evaluatedOn: reviewOn, statuses: { RESULTS_MONITORING: 'WEAK' } });
    const after = await sql<{ review_on: string | null }>`select review_on::text from partnership_health where partnership_id = ${id}`.execute(api.db);
    expect(after.rows[0]!.review_on === null || after.rows[0]!.review_on > reviewOn).toBe(true);
    await expectCountsMatchScan();
  });

  it('rebuilds the same rows on replay, never repeating a published version', async () => {
    // Today's evaluation again first: the review above evaluated a year ahead.
    await sql`update partnership_health set review_on = current_date where partnership_id = ${ids.reporting}`.execute(api.db);
    await reviewDueHealth(api.db, new Date().toISOString().slice(0, 10));
    const before = await healthRows();
    await replayConsumer(api.db, healthProjectionConsumer);
    expect(await healthRows()).toEqual([]);
    await consume();
    const rebuilt = await healthRows();
    // The rows' versions follow the publications, which a replay moves on where it passes intermediate states.
    const withoutVersion = (rows: any[]) => rows.map(({ version: _, ...row }) => row);
    expect(withoutVersion(rebuilt)).toEqual(withoutVersion(before));
    const events = await healthEvents();
    for (const id of Object.values(ids)) {
      const versions = events.filter((event) => event.aggregate_id === id).map((event) => event.aggregate_version);
      expect(versions).toEqual(versions.map((_, index) => index + 1));
      const row: any = rebuilt.find((r: any) => r.partnership_id === id);
      expect(row.version).toBe(versions.at(-1));
    }
    await expectCountsMatchScan();
  });

  it('refuses unknown codes with the field that holds them, and pages of more than 100', async () => {
    const refused = async (text: string, variables: Record<string, unknown>) => errorOf(await api.call(ANONYMOUS, text, variables));
    expect(await refused(OVERVIEW, { filter: { countries: ['KEN', 'XXX'] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.countries[1]' });
    expect(await refused(OVERVIEW, { filter: { sectors: ['999x'] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.sectors[0]' });
    const cell = { factor: 'TRUST', statuses: ['WEAK'] };
    expect(await refused(BY_HEALTH, { ...cell, group: 'LATER', groupBy: 'PHASE' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'group' });
    expect(await refused(BY_HEALTH, { ...cell, group: 'XXX', groupBy: 'COUNTRY' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'group' });
    expect(await refused(BY_HEALTH, { ...cell, statuses: [] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'statuses' });
    expect(await refused(BY_HEALTH, { ...cell, first: 101 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await refused(BY_HEALTH, { ...cell, filter: { countries: ['ZZZ'] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.countries[0]' });
  });
});
