import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnershipSnapshot } from '@msp-atlas/event-contracts';
import { createLogger } from '@msp-atlas/service-runtime';
import { errorOf, postGraphql, startTestSubgraph, type TestSubgraphOf } from '@msp-atlas/test-harness';
import { createSdgAlignmentConsumer, sdgSubgraph, type SdgDb } from '../src/index.js';
import { sql } from '@msp-atlas/db';
import { rebuildCoverageCells } from '../src/sdg-coverage/coverage-cells.repository.js';
import { appendCommitted, catchUp, partnershipEvent } from './sdg-events.js';

let gatewaySecret: string;

type Stakeholder = PartnershipSnapshot['stakeholders'][number];
const stakeholder = (organizationId: string, money: [number, string][]): Stakeholder => ({
  organizationId,
  organizationType: 'NGO',
  country: 'KEN',
  roles: ['IMPLEMENTER'],
  contributions: money.map(([amount, currency]) => ({ kind: 'FINANCIAL', amount, currency, personDays: null })),
});

const COVERAGE = `query($filter: SdgCoverageFilter) { sdgCoverage(filter: $filter) {
  partnerships organizations money { currency amount } reportingTotal { currency amount ratesDate ratesSource unconvertedCurrencies }
  goals { goal { code } partnerships organizations money { currency amount } targets { target { code } partnerships organizations money { currency amount } } }
  orphanedTargets { code } } }`;

describe('SDG coverage', () => {
  const logger = createLogger('sdg', process.env.SDG_TEST_LOG ?? 'silent');
  let subgraph: TestSubgraphOf<typeof sdgSubgraph>;
  let db: SdgDb;
  let service: Awaited<ReturnType<typeof sdgSubgraph.start>>;
  const post = (query: string, variables: Record<string, unknown> = {}) => postGraphql(service.url, query, variables, { gatewaySecret });
  const shared = randomUUID();
  const snapshots: PartnershipSnapshot[] = [];

  beforeAll(async () => {
    const ratesFile = join(tmpdir(), `sdg-rates-${randomUUID()}.json`);
    writeFileSync(ratesFile, JSON.stringify({ currency: 'EUR', date: '2026-11-30', source: 'test table', rates: { USD: 0.5 } }));
    subgraph = await startTestSubgraph(sdgSubgraph, { settings: { SDG_RATES_FILE: ratesFile } });
    ({ db, service, gatewaySecret } = subgraph);

    const build = (state: Partial<PartnershipSnapshot>) => ({ id: randomUUID(), ...state });
    const seeds = [
      build({
        countries: ['KEN'],
        sdgTargets: ['6.1', '6.2'],
        stakeholders: [
          stakeholder(shared, [
            [1000, 'EUR'],
            [50, 'USD'],
          ]),
          stakeholder(randomUUID(), [[200, 'EUR']]),
        ],
      }),
      build({ countries: ['KEN', 'UGA'], sdgTargets: ['6.1'], stakeholders: [stakeholder(shared, [[300, 'EUR']])] }),
      build({ countries: ['UGA'], sdgTargets: ['13.1'], phase: 'DESIGN', stakeholders: [stakeholder(randomUUID(), [[7, 'USD']])] }),
      // Named region, no country inside it: still in the region.
      build({ countries: [], regions: ['014'], scope: 'REGIONAL', sdgTargets: ['2.1'], stakeholders: [stakeholder(randomUUID(), [])] }),
      build({ countries: ['FRA'], sdgTargets: ['6.1'], stakeholders: [stakeholder(randomUUID(), [[999, 'EUR']])] }),
    ];
    for (const seed of seeds) {
      const event = partnershipEvent(seed.id, 1, seed);
      snapshots.push((event.payload as { partnership: PartnershipSnapshot }).partnership);
      await appendCommitted(db, [event]);
    }
    await catchUp(createSdgAlignmentConsumer({ db, logger }));
  });
  afterAll(async () => {
    await subgraph?.close();
  });

  /** What the registry's records add up to, straight from the snapshots written. */
  const expected = (select: (s: PartnershipSnapshot) => boolean) => {
    const chosen = snapshots.filter(select);
    const money: Record<string, number> = {};
    for (const s of chosen) for (const h of s.stakeholders) for (const c of h.contributions) money[c.currency!] = (money[c.currency!] ?? 0) + c.amount!;
    return {
      partnerships: chosen.length,
      organizations: new Set(chosen.flatMap((s) => s.stakeholders.map((h) => h.organizationId))).size,
      money: Object.entries(money)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([currency, amount]) => ({ currency, amount })),
    };
  };
  const inKenya = (s: PartnershipSnapshot) => s.countries.includes('KEN');
  const inEastAfrica = (s: PartnershipSnapshot) => s.regions.includes('014') || s.countries.some((c) => ['KEN', 'UGA'].includes(c));

  it('counts partnerships, distinct organisations and money per currency for a country, equal to the records', async () => {
    const { data, errors } = await post(COVERAGE, { filter: { countries: ['KEN'] } });
    expect(errors).toBeUndefined();
    const coverage = data.sdgCoverage;
    expect({ partnerships: coverage.partnerships, organizations: coverage.organizations, money: coverage.money }).toEqual(expected(inKenya));
    const water = coverage.goals.find((g: any) => g.goal.code === '6');
    // Goal 6 counts the partnership declaring 6.1 and 6.2 once.
    expect({ partnerships: water.partnerships, organizations: water.organizations, money: water.money }).toEqual(
      expected((s) => inKenya(s) && s.sdgTargets.some((t) => t.startsWith('6.'))),
    );
    const target61 = water.targets.find((t: any) => t.target.code === '6.1');
    expect({ partnerships: target61.partnerships, organizations: target61.organizations, money: target61.money }).toEqual(
      expected((s) => inKenya(s) && s.sdgTargets.includes('6.1')),
    );
    expect(coverage.goals).toHaveLength(17);
    expect(coverage.goals.flatMap((g: any) => g.targets)).toHaveLength(169);
    expect(coverage.orphanedTargets).toHaveLength(167);
    expect(coverage.orphanedTargets.map((t: any) => t.code)).not.toContain('6.2');
    // EUR 1500 and USD 50 at 0.5.
    expect(coverage.reportingTotal).toEqual({ currency: 'EUR', amount: 1525, ratesDate: '2026-11-30', ratesSource: 'test table', unconvertedCurrencies: [] });
  });

  it('reads a region as the registry does: named, or working in a country inside it; phase and status narrow', async () => {
    const { data } = await post(COVERAGE, { filter: { regions: ['014'] } });
    expect({ partnerships: data.sdgCoverage.partnerships, organizations: data.sdgCoverage.organizations, money: data.sdgCoverage.money }).toEqual(
      expected(inEastAfrica),
    );
    const design = await post(COVERAGE, { filter: { regions: ['014'], phase: 'DESIGN' } });
    expect(design.data.sdgCoverage.partnerships).toBe(1);
    expect(design.data.sdgCoverage.goals.find((g: any) => g.goal.code === '13').partnerships).toBe(1);
  });

  it('answers one country from its pre-aggregated cells as a scan of the rows does', async () => {
    // Status ACTIVE holds for every seed, but a status takes the scanning path.
    const fast = (await post(COVERAGE, { filter: { countries: ['UGA'] } })).data.sdgCoverage;
    const scanned = (await post(COVERAGE, { filter: { countries: ['UGA'], status: 'ACTIVE' } })).data.sdgCoverage;
    expect(fast).toEqual(scanned);
    expect(fast.partnerships).toBe(2);
  });

  it('keeps its running cells equal to a rebuild from the rows as partnerships change', async () => {
    const moved = snapshots[1]!;
    const consumer = createSdgAlignmentConsumer({ db, logger });
    await appendCommitted(db, [
      partnershipEvent(moved.id, 2, {
        ...moved,
        countries: ['TZA'],
        sdgTargets: ['6.2', '14.1'],
        stakeholders: [stakeholder(shared, [[10, 'GBP']]), stakeholder(randomUUID(), [[1, 'EUR']])],
      }),
    ]);
    await catchUp(consumer);
    const cells = async () => {
      const { rows } = await sql<Record<string, unknown>>`
        select 'cell' as t, area, key, partnerships::text as a, organizations::text as b from sdg.coverage_cell
        union all select 'money', area, key, currency, amount::numeric(20,4)::text from sdg.coverage_money
        union all select 'org', area, key, organization_id::text, refs::text from sdg.coverage_organization
        order by 1, 2, 3, 4`.execute(db);
      return rows;
    };
    const running = await cells();
    expect(running.some((row) => row.area === 'C:TZA' && row.key === 'T:14.1')).toBe(true);
    expect(running.some((row) => row.t === 'cell' && row.area === 'C:UGA' && row.key === 'T:6.1')).toBe(false);
    await rebuildCoverageCells(db);
    expect(await cells()).toEqual(running);
    // Put it back for the tests after this one.
    await appendCommitted(db, [partnershipEvent(moved.id, 3, moved)]);
    await catchUp(consumer);
  });

  it('refuses unknown codes with the field', async () => {
    expect(errorOf(await post(COVERAGE, { filter: { countries: ['KEN', 'XXX'] } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.countries[1]' });
    expect(errorOf(await post(COVERAGE, { filter: { regions: ['999'] } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.regions[0]' });
    expect(errorOf(await post(COVERAGE, { filter: { phase: 'DONE' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.phase' });
  });

  it('lists the partnerships declaring a target, page by page', async () => {
    const query = `query($after: String) { sdgTarget(code: "6.1") { partnerships(first: 2, after: $after, filter: { countries: ["KEN", "FRA"] }) {
      totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }`;
    const first = (await post(query)).data.sdgTarget.partnerships;
    expect(first.totalCount).toBe(3);
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await post(query, { after: first.pageInfo.endCursor })).data.sdgTarget.partnerships;
    const ids = [...first.edges, ...second.edges].map((e: any) => e.node.id).sort();
    expect(ids).toEqual(
      snapshots
        .filter((s) => s.sdgTargets.includes('6.1'))
        .map((s) => s.id)
        .sort(),
    );
  });

  it("profiles an organisation by its partnerships' goals and its own money", async () => {
    const { data, errors } = await post(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { sdgProfile { partnerships goals { goal { code } partnerships targets { code } } money { currency amount } } } } }`,
      { r: [{ __typename: 'Organization', id: shared }] },
    );
    expect(errors).toBeUndefined();
    expect(data._entities[0].sdgProfile).toEqual({
      partnerships: 2,
      goals: [{ goal: { code: '6' }, partnerships: 2, targets: [{ code: '6.1' }, { code: '6.2' }] }],
      money: [
        { currency: 'EUR', amount: 1300 },
        { currency: 'USD', amount: 50 },
      ],
    });
  });
});
