import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
// The process specs of `npm start` (packages/dev-runner), so the bench runs each
// service with the settings it runs with there.
import {
  accountsAuthSettings,
  gatewaySecretFor,
  loadDevRunnerEnv as loadRunnerEnv,
  platformProcesses,
  waitUntilReady,
  type ProcessSpec,
} from '@msp-atlas/dev-runner';
import { freeLoopbackPort } from '@msp-atlas/postgres-server';
import { SUBGRAPHS, type SubgraphName } from '@msp-atlas/subgraph-manifest';
import { createBenchDatabase } from './bench-database.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..');
const tsxEnv = { TSX_TSCONFIG_PATH: resolve(repoRoot, 'tsconfig.json') };

/** What a benchmark changes in the gateway's settings, and says so in its output. */
export const BENCH_GATEWAY_SETTINGS = {
  // One load generator is one client address: the benchmark measures capacity, not the limiter.
  GATEWAY_MUTATION_RATE_PER_MINUTE: '0',
  // Every client signs up from the same address before the measured window.
  GATEWAY_SIGN_IN_RATE_PER_MINUTE: '100000',
} as const;

/** What it changes for every subgraph (each reads the settings it has), and says so too. */
export const BENCH_SUBGRAPH_SETTINGS = {
  // Tokens outlive any run, so no client renews during the window (read where tokens are issued).
  AUTH_TOKEN_TTL_SECONDS: '86400',
} as const;

export interface BenchPlatformOptions {
  /**
   * The subgraphs to run; the others are composed in but never called. Default: all, as
   * `npm start`. A benchmark that signs up names the subgraph that holds accounts.
   */
  subgraphs?: readonly SubgraphName[];
  /** The subgraphs that load their demo data at their first start, as `npm start` does (SEED_DEMO_DATA). Default: none. */
  seedDemoData?: readonly SubgraphName[];
  /** Settings for one subgraph on top of `npm start`'s (a larger connection pool, say). */
  subgraphEnv?: Partial<Record<SubgraphName, Record<string, string>>>;
}

export interface BenchPlatform {
  graphqlUrl: string;
  databaseUrl: string;
  /** Where the database runs, without credentials, for the printout. */
  databaseServer: string;
  /** The processes started, gateway last. */
  processes: string[];
  /** Services that exited while the benchmark ran (each one a failure of the run). */
  exits(): string[];
  /** The process id of a service, for benchmarks that report its memory. */
  pidOf(name: string): number | undefined;
  stop(): Promise<void>;
}

/**
 * The platform as separate processes, as `npm start` runs it (the subgraphs from the
 * manifest, then the gateway), on a fresh database on DATABASE_URL's server or an
 * embedded one: benchmarks then measure the real HTTP hops between gateway and
 * subgraphs, with the load generator in its own process.
 */
export async function startBenchPlatform(options: BenchPlatformOptions = {}): Promise<BenchPlatform> {
  const scratch = await mkdtemp(join(tmpdir(), 'msp-atlas-bench-'));
  const database = await createBenchDatabase('bench');

  const ports: Record<string, string> = { GATEWAY_PORT: String(await freeLoopbackPort()) };
  for (const { portVariable } of SUBGRAPHS) ports[portVariable] = String(await freeLoopbackPort());
  const runnerEnv = loadRunnerEnv({
    ...ports,
    LOG_LEVEL: 'warn',
    GATEWAY_SECRET: process.env.GATEWAY_SECRET,
  });
  // A new Ed25519 signing key (and first administrator) per run, in the scratch folder.
  const auth = accountsAuthSettings(runnerEnv, scratch);
  // As `npm start` does: a new secret per run (unless GATEWAY_SECRET is set), shared by all processes.
  const specs = platformProcesses(repoRoot, runnerEnv, database.url, gatewaySecretFor(runnerEnv), auth);
  const wanted = new Set<string>(options.subgraphs ?? specs.subgraphs.map((spec) => spec.name));
  const subgraphs = specs.subgraphs
    .filter((spec) => wanted.has(spec.name))
    .map((spec) =>
      withEnv(spec, {
        ...BENCH_SUBGRAPH_SETTINGS,
        SEED_DEMO_DATA: String(options.seedDemoData?.includes(spec.name as SubgraphName) ?? false),
        ...options.subgraphEnv?.[spec.name as SubgraphName],
      }),
    );
  const supergraphPath = join(scratch, 'supergraph.graphql');
  const gateway = withEnv(specs.gateway, { ...BENCH_GATEWAY_SETTINGS, SUPERGRAPH_PATH: supergraphPath, WEB_DIST_DIR: join(scratch, 'no-web') });

  const children = new Map<string, ChildProcess>();
  const exits: string[] = [];
  let stopping = false;
  const run = (spec: ProcessSpec) => {
    const child = runService(spec);
    child.once('exit', (code, signal) => {
      if (stopping) return;
      exits.push(`${spec.name} exited (${signal ?? code})`);
      console.error(`[bench] ${spec.name} exited (${signal ?? code})`);
    });
    children.set(spec.name, child);
  };
  const stop = async () => {
    stopping = true;
    await Promise.all([...children.values()].map(stopChild));
    await database.drop();
    await rm(scratch, { recursive: true, force: true });
  };

  try {
    subgraphs.forEach(run);
    // The build's own composition step (every subgraph's SDL from its dist/).
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/compose/main.ts', supergraphPath], {
      cwd: gateway.cwd,
      env: { ...process.env, ...tsxEnv },
    });
    await Promise.all(subgraphs.map((spec) => waitUntilReady(spec.readyUrl, 120_000)));
    run(gateway);
    await waitUntilReady(gateway.readyUrl, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    graphqlUrl: `http://127.0.0.1:${runnerEnv.GATEWAY_PORT}/graphql`,
    databaseUrl: database.url,
    databaseServer: database.server,
    processes: [...subgraphs, gateway].map((spec) => spec.name),
    exits: () => [...exits],
    pidOf: (name) => children.get(name)?.pid,
    stop,
  };
}

function withEnv(spec: ProcessSpec, env: Record<string, string>): ProcessSpec {
  return { ...spec, env: { ...spec.env, ...env } };
}

function runService(spec: ProcessSpec): ChildProcess {
  // BENCH_CPU_PROFILE_DIR=/some/dir writes a V8 CPU profile per service process.
  const profile = process.env.BENCH_CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE_DIR}`] : [];
  return spawn(process.execPath, [...profile, '--import', 'tsx', 'src/main.ts'], {
    cwd: spec.cwd,
    env: {
      ...process.env,
      ...spec.env,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      APOLLO_TELEMETRY_DISABLED: 'true',
      ...tsxEnv,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}
