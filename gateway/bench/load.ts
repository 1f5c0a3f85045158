// npm run bench:load — mixed reads and writes through the gateway for a fixed window,
// from a bounded number of concurrent clients, each signed in with its own account;
// then checks that every acknowledged write can be read back. It crosses every subgraph,
// so it lives with the gateway and talks to the platform through the GraphQL API only.
import { cpus, loadavg, platform as osPlatform, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  BENCH_GATEWAY_SETTINGS,
  BENCH_SUBGRAPH_SETTINGS,
  benchClient,
  failureOf,
  percentile,
  signUpForBench,
  startBenchPlatform,
  type BenchGraphql,
  type BenchResponse,
} from '@msp-atlas/bench-harness';
import { demoRegistrationInputs } from '@msp-atlas/demo-data';
import {
  ADD_STAKEHOLDER,
  CHANGE_PHASE,
  CROSS_SUBGRAPH,
  DETAIL,
  FINAL_READ,
  LIST,
  MIX,
  OPERATION_LABELS,
  OVERLAP_INDEX,
  PHASES,
  READS,
  REGISTER,
  SDG_GOAL,
  SDG_TARGET,
  SUBMIT_REPORT,
  UPDATE,
  WRITES,
  compareState,
  pickOperation,
  progressReportInput,
  randomOf,
  stakeholderInput,
  type OperationKind,
  type WrittenState,
} from './load-operations.js';

const DURATION_SECONDS = Number(process.env.BENCH_DURATION_SECONDS ?? 60);
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 5);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const SEED_DEMO_DATA = (process.env.BENCH_SEED_DEMO_DATA ?? 'true') !== 'false';
const RUN = Date.now().toString(36);

/** A partnership a client registered, and what the final read must show of it. */
interface Owned {
  expected: WrittenState;
  baseName: string;
  acknowledgedWrites: number;
  /** A write to it failed: whether it took effect is unknown, so the client leaves it alone. */
  uncertain: boolean;
}

interface Client {
  index: number;
  graphql: BenchGraphql;
  owned: Owned[];
  page: { filter: Record<string, unknown>; endCursor: string; hasNextPage: boolean } | null;
  sequence: number;
}

/** One request: what to send, and what to do with the answer. */
interface Operation {
  kind: OperationKind;
  query: string;
  variables: Record<string, unknown>;
  /** Checks and keeps what an answer acknowledged; returns why it is wrong, if it is. */
  acknowledged?(data: any): string | null;
  /** The request failed: a write's outcome is unknown. */
  failed?(): void;
}

class Statistics {
  readonly latencies = new Map<OperationKind, number[]>();
  readonly errors = new Map<OperationKind, number>();
  readonly messages = new Map<string, number>();

  record(kind: OperationKind, milliseconds: number, failure: string | null) {
    const samples = this.latencies.get(kind) ?? [];
    samples.push(milliseconds);
    this.latencies.set(kind, samples);
    if (!failure) return;
    this.errors.set(kind, (this.errors.get(kind) ?? 0) + 1);
    const message = `${kind}: ${failure}`;
    this.messages.set(message, (this.messages.get(message) ?? 0) + 1);
  }
}

const registrations = demoRegistrationInputs(1_000, 31);
const knownIds: string[] = [];
const knownIdSet = new Set<string>();
let nextRegistration = 0;

function remember(id: string) {
  if (knownIdSet.has(id) || knownIds.length >= 5_000) return;
  knownIdSet.add(id);
  knownIds.push(id);
}

function randomFilter(): Record<string, unknown> {
  const sample = randomOf(registrations);
  const country = sample.countries?.[0] ?? 'KEN';
  const goal = String(sample.sdgTargets?.[0] ?? '6.1').split('.')[0];
  const phase = randomOf(PHASES);
  return randomOf([
    {},
    { countries: [country] },
    { sdgGoals: [goal] },
    { countries: [country], sdgGoals: [goal], phases: [phase] },
    { phases: [phase], statuses: ['ACTIVE'] },
  ]);
}

function operationFor(client: Client, kind: OperationKind): Operation {
  const editable = client.owned.filter((owned) => !owned.uncertain);
  if ((WRITES as readonly string[]).includes(kind) && kind !== 'register' && editable.length === 0) return operationFor(client, 'register');
  if ((kind === 'detail' || kind === 'crossSubgraph') && knownIds.length === 0) return operationFor(client, 'list');
  client.sequence += 1;
  const label = `${RUN} ${client.index}-${client.sequence}`;
  const goal = String(1 + Math.floor(Math.random() * 17));
  switch (kind) {
    case 'list': {
      const next = client.page?.hasNextPage && Math.random() < 0.6 ? client.page : null;
      const filter = next?.filter ?? randomFilter();
      return {
        kind,
        query: LIST,
        variables: { filter, after: next?.endCursor ?? null },
        acknowledged(data) {
          const { edges, pageInfo } = data.partnerships;
          client.page = { filter, endCursor: pageInfo.endCursor, hasNextPage: pageInfo.hasNextPage };
          for (const edge of edges) remember(edge.node.id);
          return null;
        },
      };
    }
    case 'detail':
      return { kind, query: DETAIL, variables: { id: randomOf(knownIds) } };
    case 'sdg':
      return Math.random() < 0.5
        ? { kind, query: SDG_GOAL, variables: { code: goal } }
        : { kind, query: SDG_TARGET, variables: { code: `${goal}.${1 + Math.floor(Math.random() * 3)}` } };
    case 'crossSubgraph':
      return { kind, query: CROSS_SUBGRAPH, variables: { id: randomOf(knownIds), goal } };
    case 'register': {
      const template = registrations[nextRegistration++ % registrations.length]!;
      const input = { ...template, slug: undefined, name: `${template.name} (load ${label})` };
      return {
        kind,
        query: REGISTER,
        variables: { input },
        acknowledged(data) {
          const state: WrittenState = data.registerPartnership.partnership;
          const wanted = { ...state, name: input.name, summary: input.summary ?? '', phase: input.phase ?? 'INITIATION', progressReports: [] };
          client.owned.push({ expected: state, baseName: input.name, acknowledgedWrites: 1, uncertain: false });
          remember(state.id);
          const notes = compareState(wanted, state, 1).notes;
          const stakeholders = input.stakeholders?.length ?? 0;
          if (state.stakeholders.length !== stakeholders) notes.push(`${state.stakeholders.length} stakeholders, sent ${stakeholders}`);
          return notes.length ? `acknowledged with other values: ${notes.join('; ')}` : null;
        },
      };
    }
    default:
      return writeTo(randomOf(editable), kind, label, client.sequence);
  }
}

/** A change to one of the client's partnerships, based on its last acknowledged version. */
function writeTo(owned: Owned, kind: OperationKind, label: string, sequence: number): Operation {
  const { expected } = owned;
  const base = { id: expected.id, version: expected.version };
  // Each mutation answers with its payload under its own name; `wanted` is the state it should leave.
  const write = (field: string, query: string, input: Record<string, unknown>, wanted: (payload: any) => Omit<WrittenState, 'version'>): Operation => ({
    kind,
    query,
    variables: { input },
    acknowledged(data) {
      const got: WrittenState = data[field].partnership;
      const notes = compareState({ ...wanted(data[field]), version: base.version + 1 }, got, 1).notes;
      owned.expected = got;
      owned.acknowledgedWrites += 1;
      return notes.length ? `acknowledged with other values: ${notes.join('; ')}` : null;
    },
    failed() {
      owned.uncertain = true;
    },
  });
  const on = { partnershipId: base.id, expectedVersion: base.version };
  switch (kind) {
    case 'update': {
      const name = `${owned.baseName} rev ${base.version + 1}`;
      const summary = `Updated by load client ${label} from version ${base.version}`;
      return write('updatePartnership', UPDATE, { id: base.id, expectedVersion: base.version, name, summary }, () => ({ ...expected, name, summary }));
    }
    case 'changePhase': {
      const phase = PHASES[(PHASES.indexOf(expected.phase as (typeof PHASES)[number]) + 1) % PHASES.length]!;
      return write('changePhase', CHANGE_PHASE, { ...on, phase, note: `load ${label}` }, () => ({ ...expected, phase }));
    }
    case 'addStakeholder':
      return write('addStakeholder', ADD_STAKEHOLDER, { ...on, ...stakeholderInput(label, sequence) }, (payload) => ({
        ...expected,
        stakeholders: [...expected.stakeholders, payload.stakeholder],
      }));
    default:
      return write('submitProgressReport', SUBMIT_REPORT, { ...on, ...progressReportInput(label, sequence) }, (payload) => ({
        ...expected,
        progressReports: [...expected.progressReports, payload.progressReport],
      }));
  }
}

async function perform(client: Client, requested: OperationKind, statistics: Statistics | null) {
  const operation = operationFor(client, requested);
  const sent = performance.now();
  let response: BenchResponse | null = null;
  let failure: string | null;
  try {
    response = await client.graphql(operation.query, operation.variables);
    failure = failureOf(response);
  } catch (error) {
    failure = `request failed: ${(error as Error).message} ${String((error as { cause?: unknown }).cause ?? '')}`.trim();
  }
  const milliseconds = performance.now() - sent;
  if (failure) operation.failed?.();
  else {
    try {
      failure = operation.acknowledged?.(response!.data) ?? null;
    } catch (error) {
      failure = `unexpected answer: ${(error as Error).message}`;
    }
  }
  statistics?.record(operation.kind, milliseconds, failure);
  return failure;
}

async function drive(clients: Client[], seconds: number, statistics: Statistics | null) {
  const deadline = performance.now() + seconds * 1_000;
  const started = performance.now();
  await Promise.all(
    clients.map(async (client) => {
      while (performance.now() < deadline) await perform(client, pickOperation(), statistics);
    }),
  );
  return (performance.now() - started) / 1_000;
}

/** Reads every partnership a client registered and compares it with its last acknowledged state. */
async function checkAcknowledgedWrites(clients: Client[]) {
  const owned = clients.flatMap((client) => client.owned.map((item) => ({ client, item })));
  let next = 0;
  let lost = 0;
  let mismatches = 0;
  const details: string[] = [];
  await Promise.all(
    clients.map(async () => {
      while (next < owned.length) {
        const { client, item } = owned[next++]!;
        const response = await client.graphql(FINAL_READ, { id: item.expected.id });
        const failure = failureOf(response);
        if (failure) {
          mismatches += 1;
          details.push(`${item.expected.id}: final read failed: ${failure}`);
          continue;
        }
        const result = compareState(item.expected, response.data.partnership, item.acknowledgedWrites, item.uncertain);
        lost += result.lost;
        if (result.notes.length) {
          if (!result.lost) mismatches += 1;
          details.push(`${item.expected.id}${item.uncertain ? ' (after a failed write)' : ''}: ${result.notes.join('; ')}`);
        }
      }
    }),
  );
  const writes = owned.reduce((sum, { item }) => sum + item.acknowledgedWrites, 0);
  return { partnerships: owned.length, writes, lost, mismatches, details, uncertain: owned.filter(({ item }) => item.uncertain).length };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const percentOf = (kinds: readonly OperationKind[]) => kinds.reduce((sum, kind) => sum + MIX[kind], 0);
const mixOf = (kinds: readonly OperationKind[]) => kinds.map((kind) => `${kind} ${MIX[kind]}%`).join(', ');

const cpu = cpus();
console.log('npm run bench:load: mixed reads and writes through the gateway');
console.log(
  `machine: ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${osPlatform()}; load average before start ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')}`,
);

// The registry's demo data set, as `npm start` loads it; a larger pool for its writers.
const platform = await startBenchPlatform({
  seedDemoData: SEED_DEMO_DATA ? ['partnerships'] : [],
  subgraphEnv: { partnerships: { DATABASE_POOL_SIZE: '20' } },
});
let exitCode = 1;
try {
  console.log(
    `platform: ${platform.processes.join(', ')} as separate processes (NODE_ENV=production), ${platform.databaseServer}, fresh database; demo data ${SEED_DEMO_DATA ? 'seeded' : 'not seeded'} (BENCH_SEED_DEMO_DATA)`,
  );
  const settings = { ...BENCH_GATEWAY_SETTINGS, ...BENCH_SUBGRAPH_SETTINGS };
  console.log(
    `gateway and subgraph settings for the bench: ${Object.entries(settings)
      .map(([key, value]) => `${key}=${value}`)
      .join(', ')} (mutation rate limit off: one load generator is one client address)`,
  );
  console.log(
    `settings: ${CLIENTS} concurrent clients (BENCH_CLIENTS), each with its own signed-up account and one request at a time, keep-alive HTTP on loopback; ${DURATION_SECONDS} s measured (BENCH_DURATION_SECONDS) after ${WARM_UP_SECONDS} s warm-up (BENCH_WARM_UP_SECONDS); load generator in its own process`,
  );
  console.log(
    `mix: reads ${percentOf(READS)}% (${mixOf(READS)}), writes ${percentOf(WRITES)}% (${mixOf(WRITES)}); every request carries the client's token; writes go to the client's own partnerships with expectedVersion = its last acknowledged version`,
  );

  // Before the window: sign-up costs a deliberately slow password hash.
  const signUpStarted = performance.now();
  const clients: Client[] = await Promise.all(
    Array.from({ length: CLIENTS }, async (_, index) => {
      const account = await signUpForBench(platform.graphqlUrl, `Load client ${index}`);
      return { index, graphql: benchClient(platform.graphqlUrl, account.token), owned: [], page: null, sequence: 0 };
    }),
  );
  console.log(`set-up: ${CLIENTS} accounts signed up in ${((performance.now() - signUpStarted) / 1_000).toFixed(1)} s`);
  const setUpFailures = (await Promise.all(clients.map((client) => perform(client, 'register', null)))).filter(Boolean);
  if (setUpFailures.length) throw new Error(`set-up registrations failed: ${setUpFailures.join(' | ')}`);
  await drive(clients, WARM_UP_SECONDS, null);

  const statistics = new Statistics();
  const seconds = await drive(clients, DURATION_SECONDS, statistics);

  const overlap = await clients[0]!.graphql(OVERLAP_INDEX);
  const check = await checkAcknowledgedWrites(clients);

  const rows = [...READS, ...WRITES].map((kind) => {
    const sorted = [...(statistics.latencies.get(kind) ?? [])].sort((a, b) => a - b);
    return { kind, count: sorted.length, sorted, errors: statistics.errors.get(kind) ?? 0 };
  });
  const all = rows.flatMap((row) => row.sorted).sort((a, b) => a - b);
  const errors = rows.reduce((sum, row) => sum + row.errors, 0);
  console.log('');
  console.log(
    `${'operation'.padEnd(22)}${'count'.padStart(7)}${'ops/s'.padStart(8)}${'p50'.padStart(10)}${'p95'.padStart(10)}${'p99'.padStart(10)}${'errors'.padStart(8)}  what`,
  );
  for (const row of [...rows, { kind: 'all' as const, count: all.length, sorted: all, errors }]) {
    const [p50, p95, p99] = [50, 95, 99].map((p) => (row.count ? ms(percentile(row.sorted, p)) : '-'));
    const what = row.kind === 'all' ? '' : OPERATION_LABELS[row.kind];
    console.log(
      `${row.kind.padEnd(22)}${String(row.count).padStart(7)}${(row.count / seconds).toFixed(1).padStart(8)}${p50!.padStart(10)}${p95!.padStart(10)}${p99!.padStart(10)}${String(row.errors).padStart(8)}  ${what}`,
    );
  }
  console.log('');
  const messages = [...statistics.messages];
  if (messages.length) {
    console.log(`first ${Math.min(5, messages.length)} of ${messages.length} distinct error messages:`);
    for (const [message, count] of messages.slice(0, 5)) console.log(`  ${count} x ${message.slice(0, 400)}`);
  }
  const indexStatus = overlap.data?.overlapIndexStatus;
  console.log(
    `context overlap index right after the window: ${indexStatus ? `${indexStatus.indexedPartnerships} partnerships indexed, lag ${indexStatus.lag} events` : failureOf(overlap)}`,
  );
  console.log(
    `lost-write check: ${check.writes} acknowledged writes (set-up and warm-up included) on ${check.partnerships} partnerships read back through the gateway: ${check.lost} lost, ${check.mismatches} other mismatches` +
      (check.uncertain ? ` (${check.uncertain} partnerships after a failed write checked for acknowledged writes only)` : ''),
  );
  for (const detail of check.details.slice(0, 5)) console.log(`  ${detail}`);
  const exits = platform.exits();
  for (const exit of exits) console.log(`service failure: ${exit}`);
  console.log(
    `RESULT: ${(all.length / seconds).toFixed(1)} ops/s (${all.length} operations in ${seconds.toFixed(1)} s, ${CLIENTS} clients), overall p95 ${ms(percentile(all, 95))}, errors ${errors}, lost writes ${check.lost}`,
  );
  exitCode = errors > 0 || check.lost > 0 || check.mismatches > 0 || exits.length > 0 ? 1 : 0;
} finally {
  await platform.stop();
}
process.exit(exitCode);
