// npm run bench:health — the health check at 100,000 partnerships through the gateway:
// healthOverview by phase and by country, with and without a country filter, the list
// behind one cell, and Partnership.health of partnerships in the cells, against the
// targets (overview < 500 ms p95, health < 100 ms p95). The partnerships are written
// into the health service's projection only (load-health-data.ts), so the queries ask
// for the health service's fields: the registry knows none of them.
import { performance } from 'node:perf_hooks';
import { benchClient, dataOrThrow, describeLatencies, percentile, startBenchPlatform } from '@msp-atlas/bench-harness';
import { loadHealthData } from './load-health-data.js';

const PARTNERSHIPS = Number(process.env.BENCH_HEALTH_PARTNERSHIPS ?? 100_000);
const OVERVIEW_SAMPLES = Number(process.env.BENCH_HEALTH_OVERVIEW_SAMPLES ?? 60);
const HEALTH_SAMPLES = Number(process.env.BENCH_HEALTH_SAMPLES ?? 250);
const OVERVIEW_TARGET_MS = 500;
const HEALTH_TARGET_MS = 100;

// What the national overview page asks for: every cell of the heatmap.
const OVERVIEW = `query($filter: HealthOverviewFilter, $groupBy: HealthOverviewGrouping) { healthOverview(filter: $filter, groupBy: $groupBy) {
  partnerships evaluatedAt groups { key partnerships } cells { factor group strong adequate weak missing notYetExpected } } }`;
const CELL = `query($factor: SuccessFactor!, $statuses: [HealthStatus!]!, $group: String, $groupBy: HealthOverviewGrouping) {
  partnershipsByHealth(factor: $factor, statuses: $statuses, group: $group, groupBy: $groupBy, first: 20) { totalCount edges { cursor node { id } } } }`;
// What the health section of the partnership page asks for, of one partnership a cell lists.
const HEALTH = `query($factor: SuccessFactor!) { partnershipsByHealth(factor: $factor, statuses: [STRONG, ADEQUATE, WEAK, MISSING, NOT_YET_EXPECTED], first: 1) { edges { node { id health {
  evaluatedOn phase weakestFactors
  readiness { phase expected met score ready blocking } nextPhaseReadiness { phase expected met score ready blocking }
  areas { area factors worstStatus }
  factors { factor area status expectedFrom source summary evidence { field value text } nextStep { code text } selfScore { score note assessedOn } gap { kind selfScore dataScore text } }
  gaps { factor kind selfScore dataScore text } } } } } }`;
const FACTORS = ['JOINT_OBJECTIVES', 'LEADERSHIP', 'TRUST', 'SECRETARIAT', 'RESOURCES', 'AGENDA_2030', 'RESULTS_MONITORING', 'LEARNING', 'SCALING_HANDOVER'];

const today = new Date().toISOString().slice(0, 10);
const platform = await startBenchPlatform({
  // accounts: the gateway reads its access feed; the registry's larger pool as before the move.
  subgraphs: ['partnerships', 'sdg', 'context', 'learning', 'health', 'accounts'],
  subgraphEnv: { partnerships: { DATABASE_POOL_SIZE: '20' } },
});
try {
  console.log(`platform: ${platform.processes.join(', ')} as separate processes; ${platform.databaseServer}`);
  const loaded = await loadHealthData(platform.databaseUrl, PARTNERSHIPS, today);
  console.log(
    `loaded: ${loaded.partnerships} partnerships straight into the health projection's records (${loaded.organizations} organisations, ${loaded.stakeholders} stakeholders, ${loaded.contributions} contributions, ${loaded.milestones} milestones, ${loaded.indicators} indicators, ${loaded.reports} progress reports) in ${loaded.registrySeconds.toFixed(1)} s; their health rows evaluated by the service's own code (writeHealthRows per 5,000) in ${loaded.projectionSeconds.toFixed(1)} s`,
  );
  const graphql = benchClient(platform.graphqlUrl);
  const busiest = loaded.busiestCountry;
  const results: { label: string; p95: number; target: number }[] = [];

  const measure = async (label: string, samples: number, target: number, run: (sample: number) => Promise<string>) => {
    for (let warm = 0; warm < 5; warm += 1) await run(warm);
    const latencies: number[] = [];
    let note = '';
    for (let sample = 0; sample < samples; sample += 1) {
      const sent = performance.now();
      note = await run(sample);
      latencies.push(performance.now() - sent);
    }
    const p95 = percentile(
      [...latencies].sort((a, b) => a - b),
      95,
    );
    results.push({ label, p95, target });
    console.log(`${label}: ${note}; ${describeLatencies(latencies)} — ${p95 < target ? 'under' : 'OVER'} the ${target} ms p95 target`);
  };

  for (const groupBy of ['PHASE', 'COUNTRY'] as const) {
    for (const [filterLabel, filter] of [
      ['no filter', null],
      [`country ${busiest.code} (the busiest, ${busiest.partnerships} partnerships)`, { countries: [busiest.code] }],
    ] as const) {
      await measure(`healthOverview by ${groupBy}, ${filterLabel}`, OVERVIEW_SAMPLES, OVERVIEW_TARGET_MS, async () => {
        const overview = dataOrThrow(await graphql(OVERVIEW, { filter, groupBy })).healthOverview;
        return `${overview.partnerships} partnerships, ${overview.groups.length} groups, ${overview.cells.length} cells`;
      });
    }
  }
  await measure(
    `partnershipsByHealth (one heatmap cell: RESULTS_MONITORING weak or missing in ${busiest.code}, first 20)`,
    OVERVIEW_SAMPLES,
    OVERVIEW_TARGET_MS,
    async () => {
      const page = dataOrThrow(
        await graphql(CELL, { factor: 'RESULTS_MONITORING', statuses: ['WEAK', 'MISSING'], group: busiest.code, groupBy: 'COUNTRY' }),
      ).partnershipsByHealth;
      return `${page.totalCount} partnerships in the cell`;
    },
  );

  await measure(
    `Partnership.health of a partnership a cell lists (the partnership page's health section)`,
    HEALTH_SAMPLES,
    HEALTH_TARGET_MS,
    async (sample) => {
      const [edge] = dataOrThrow(await graphql(HEALTH, { factor: FACTORS[sample % FACTORS.length] })).partnershipsByHealth.edges;
      return `${edge.node.health.factors.length} factors`;
    },
  );
  const missed = results.filter((result) => result.p95 >= result.target);
  console.log(missed.length === 0 ? 'all targets met' : `targets missed: ${missed.map((result) => result.label).join('; ')}`);
  if (platform.exits().length > 0) throw new Error(platform.exits().join('; '));
} finally {
  await platform.stop();
}
