// npm run bench:registry — registers 10,000 generated partnerships through the
// gateway as one signed-up account, then measures a filtered list query
// (country + SDG goal + phase, first 20). Everything goes through the API.
import { performance } from 'node:perf_hooks';
import { demoRegistrationInputs } from '@msp-atlas/demo-data';
import { benchClient, dataOrThrow, describeLatencies, signUpForBench, startBenchPlatform } from '@msp-atlas/bench-harness';

const REGISTRATIONS = Number(process.env.BENCH_REGISTRATIONS ?? 10_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const QUERY_SAMPLES = Number(process.env.BENCH_QUERY_SAMPLES ?? 1_000);

const REGISTER = `mutation($input: RegisterPartnershipInput!) { registerPartnership(input: $input) { partnership { id } } }`;
const LIST = `query($filter: PartnershipFilter!) { partnerships(filter: $filter, first: 20) {
  totalCount edges { cursor node { id slug name phase status countries sdgGoals } } pageInfo { hasNextPage endCursor } } }`;

// Only the registry and the accounts that sign in run: the other subgraphs are composed in
// but never called. A larger pool than `npm start`'s for 16 concurrent registrations.
const platform = await startBenchPlatform({ subgraphs: ['partnerships', 'accounts'], subgraphEnv: { partnerships: { DATABASE_POOL_SIZE: '20' } } });
try {
  // Registering takes a signed-in account, which becomes the partnership's first member.
  const graphql = benchClient(platform.graphqlUrl, (await signUpForBench(platform.graphqlUrl, 'Registry benchmark')).token);
  const post = async (query: string, variables: Record<string, unknown>) => dataOrThrow(await graphql(query, variables));

  const inputs = demoRegistrationInputs(REGISTRATIONS, 7);
  let next = 0;
  const registrationLatencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < inputs.length) {
        const input = inputs[next++];
        const sent = performance.now();
        await post(REGISTER, { input });
        registrationLatencies.push(performance.now() - sent);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `registrations: ${REGISTRATIONS} in ${seconds.toFixed(1)} s = ${(REGISTRATIONS / seconds).toFixed(0)} per second (${CONCURRENCY} concurrent clients)`,
  );
  console.log(`registration latency: ${describeLatencies(registrationLatencies)}`);

  // Filters drawn from the registered data, so most queries return rows.
  const filters = inputs.slice(0, 200).map((input: any, index: number) => ({
    countries: [input.countries[0] ?? 'KEN'],
    sdgGoals: [String(input.sdgTargets[0] ?? '1').split('.')[0]],
    phases: [['INITIATION', 'DESIGN', 'IMPLEMENTATION', 'FURTHER_DEVELOPMENT'][index % 4]],
  }));
  for (const filter of filters.slice(0, 50)) await post(LIST, { filter }); // warm-up
  const queryLatencies: number[] = [];
  let rows = 0;
  for (let sample = 0; sample < QUERY_SAMPLES; sample += 1) {
    const sent = performance.now();
    const data = await post(LIST, { filter: filters[sample % filters.length] });
    queryLatencies.push(performance.now() - sent);
    rows += data.partnerships.edges.length;
  }
  console.log(
    `filtered list query (country + SDG goal + phase, first 20) through the gateway: ${describeLatencies(queryLatencies)}; ${(rows / QUERY_SAMPLES).toFixed(1)} rows per page on average`,
  );
  console.log(
    'SQL statements per list query: 2 (the page and its totalCount), whatever the page size; each nested relation asked for adds one batched statement (asserted in services/partnerships/test/journeys/list-partnerships.test.ts)',
  );
} finally {
  await platform.stop();
}
