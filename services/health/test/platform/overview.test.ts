import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { fixtureEvent } from '@msp-atlas/event-contracts/fixtures';
import { appendEvents } from '@msp-atlas/events';
import { dataOf, errorOf, waitFor } from '@msp-atlas/test-harness';
import { startPlatform, type Platform } from '@msp-atlas/gateway/testing';
import { registerPartnership } from '../support/journeys.js';

// The national overview through the gateway: counted from the registry's health
// projection, which its consumer keeps from the events as the platform runs.

const OVERVIEW = `query($filter: HealthOverviewFilter, $groupBy: HealthOverviewGrouping) {
  healthOverview(filter: $filter, groupBy: $groupBy) {
    partnerships evaluatedAt groups { key partnerships } cells { factor group strong adequate weak missing notYetExpected } } }`;
const BY_HEALTH = `query($factor: SuccessFactor!, $statuses: [HealthStatus!]!, $group: String, $groupBy: HealthOverviewGrouping, $filter: HealthOverviewFilter) {
  partnershipsByHealth(factor: $factor, statuses: $statuses, group: $group, groupBy: $groupBy, filter: $filter, first: 100) {
    totalCount edges { node { id name phase countries } } } }`;

let platform: Platform;
const ids: Record<string, string> = {};
// Countries no other test file registers in: the platform's database is this file's own, but be plain about what is counted.
const COUNTRIES = { filter: { countries: ['NPL', 'BTN'] } };

const overview = async (variables: Record<string, unknown>) => dataOf(await platform.graphql(OVERVIEW, variables)).healthOverview;
const cellOf = (data: any, factor: string, group: string) => data.cells.find((cell: any) => cell.factor === factor && cell.group === group);

beforeAll(async () => {
  platform = await startPlatform();
  const member = platform.member.graphql;
  ids.nepalStart = (await registerPartnership(member, { countries: ['NPL'], phase: 'INITIATION' })).id;
  ids.nepalDesign = (await registerPartnership(member, { countries: ['NPL'], phase: 'DESIGN' })).id;
  ids.himalaya = (await registerPartnership(member, { countries: ['NPL', 'BTN'], phase: 'IMPLEMENTATION', scope: 'REGIONAL' })).id;
  await waitFor(async () => (await overview(COUNTRIES)).partnerships === 3, 20_000);
});
afterAll(() => platform?.stop());

describe('healthOverview through the gateway', () => {
  it('counts the partnerships built, by phase and by country', async () => {
    const byPhase = await overview({ ...COUNTRIES, groupBy: 'PHASE' });
    expect(byPhase.groups).toEqual([
      { key: 'INITIATION', partnerships: 1 },
      { key: 'DESIGN', partnerships: 1 },
      { key: 'IMPLEMENTATION', partnerships: 1 },
      { key: 'FURTHER_DEVELOPMENT', partnerships: 0 },
    ]);
    const byCountry = await overview({ ...COUNTRIES, groupBy: 'COUNTRY' });
    expect(byCountry.partnerships).toBe(3);
    expect(byCountry.groups).toEqual([
      { key: 'NPL', partnerships: 3 },
      { key: 'BTN', partnerships: 1 },
    ]);
    expect(byCountry.cells).toHaveLength(18 * 2);
  });

  it('links a cell to exactly the partnerships it counts', async () => {
    const byCountry = await overview({ ...COUNTRIES, groupBy: 'COUNTRY' });
    const cell = cellOf(byCountry, 'RESULTS_MONITORING', 'NPL');
    const listed = async (statuses: string[]) =>
      dataOf(await platform.graphql(BY_HEALTH, { factor: 'RESULTS_MONITORING', statuses, group: 'NPL', groupBy: 'COUNTRY', ...COUNTRIES }))
        .partnershipsByHealth;
    const notYet = await listed(['NOT_YET_EXPECTED']);
    expect(notYet.totalCount).toBe(cell.notYetExpected);
    // Results monitoring is expected from the design phase: only the partnership still initiating is not yet expected to.
    expect(notYet.edges.map((edge: any) => edge.node.id)).toEqual([ids.nepalStart]);
    const all = await listed(['STRONG', 'ADEQUATE', 'WEAK', 'MISSING', 'NOT_YET_EXPECTED']);
    expect(new Set(all.edges.map((edge: any) => edge.node.id))).toEqual(new Set(Object.values(ids)));
  });

  it('shows a new overlap once the event is consumed', async () => {
    const before = cellOf(await overview({ ...COUNTRIES, groupBy: 'PHASE' }), 'CONTEXT_ALIGNMENT', 'IMPLEMENTATION');
    // Far ahead of any version the context service would give this summary itself.
    const event = fixtureEvent(
      'PartnershipOverlapsChanged',
      { partnershipId: ids.himalaya!, overlaps: 1, duplicates: 1, strongestScore: 0.92 },
      { aggregateId: ids.himalaya, aggregateVersion: 1_000_000 },
    );
    await platform.dbs.health.transaction().execute((trx) => appendEvents(trx, 'context', [event]));
    await waitFor(async () => cellOf(await overview({ ...COUNTRIES, groupBy: 'PHASE' }), 'CONTEXT_ALIGNMENT', 'IMPLEMENTATION').weak === 1, 20_000);
    const after = cellOf(await overview({ ...COUNTRIES, groupBy: 'PHASE' }), 'CONTEXT_ALIGNMENT', 'IMPLEMENTATION');
    expect(after.weak).toBe(1);
    expect(before.weak).toBe(0);
    const { rows } = await sql<{ payload: any }>`
      select payload from event_log.events where type = 'PartnershipHealthChanged' and aggregate_id = ${ids.himalaya} order by seq desc limit 1`.execute(
      platform.dbs.health,
    );
    expect(rows[0]!.payload.statuses.CONTEXT_ALIGNMENT).toBe('WEAK');
  });

  it('refuses unknown codes with BAD_USER_INPUT and the field', async () => {
    expect(errorOf(await platform.graphql(OVERVIEW, { filter: { countries: ['NPL', 'NOPE'] } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.countries[1]',
    });
    expect(errorOf(await platform.graphql(BY_HEALTH, { factor: 'TRUST', statuses: ['WEAK'], group: 'NOPE', groupBy: 'COUNTRY' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'group',
    });
  });
});
